package org.idic.crm.web.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.ScoreFilter;
import org.springframework.context.MessageSource;

/**
 * Every filter a customer list is under, as a removable chip: the list's own filters and those a
 * report's drill-down added (RFM cell, value-matrix quadrant, tier move, team), each with the link to
 * the same list without it.
 */
final class FilterChips {

    /** One active filter: the request parameter it stands for, its words, and the list without it. */
    record Chip(String filter, String text, String removeQuery) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final Map<Long, String> owners;
    private final Map<Long, String> teams;

    /** {@code owners} and {@code teams}: the names of the people and teams the viewer may filter by, by id. */
    FilterChips(MessageSource messages, Locale locale, Map<Long, String> owners, Map<Long, String> teams) {
        this.messages = messages;
        this.locale = locale;
        this.owners = owners;
        this.teams = teams;
    }

    List<Chip> of(CustomerQuery q) {
        ScoreFilter s = q.scores();
        List<Chip> chips = new ArrayList<>();
        add(chips, q, "q", "customers.search", q.text());
        add(chips, q, "kind", "field.kind", label("CustomerKind", q.kind()));
        add(chips, q, "status", "field.status", label("CustomerStatus", q.status()));
        add(chips, q, "owner", "field.owner", q.ownerId() == null ? null
                : owners.getOrDefault(q.ownerId(), "#" + q.ownerId()));
        add(chips, q, "team", "user.team", q.teamId() == null ? null : teams.getOrDefault(q.teamId(),
                "#" + q.teamId()));
        add(chips, q, "tag", "field.tag", q.tag());
        add(chips, q, "tier", "filter.tier", label("Tier", s.tier()));
        add(chips, q, "lifecycle", "filter.lifecycle", label("LifecycleStage", s.lifecycle()));
        add(chips, q, "rfm", "filter.rfm", label("RfmSegment", s.rfmSegment()));
        add(chips, q, "abc", "filter.abc", label("AbcClass", s.abcClass()));
        add(chips, q, "pyramid", "filter.pyramid", label("PyramidLevel", s.pyramidLevel()));
        add(chips, q, "relationship", "filter.relationship", label("Relationship", s.relationship()));
        add(chips, q, "r", "filter.r", s.rScore());
        add(chips, q, "f", "filter.f", s.fScore());
        add(chips, q, "quadrant", "filter.quadrant", label("ValueQuadrant", s.quadrant()));
        if (s.move() != null) {
            ScoreFilter.Move m = s.move();
            String from = m.fromTier().equals("NEW") ? text("report.migration.new") : label("Tier", m.fromTier());
            chips.add(new Chip("move", text("customers.chip", text("filter.move"), text("customers.drill.move", from,
                    m.fromRun(), label("Tier", m.toTier()), m.toRun())), ListQueryString.without(q, List.of("moveFrom",
                    "moveFromTier", "moveTo", "moveToTier"))));
        }
        return chips;
    }

    private void add(List<Chip> chips, CustomerQuery q, String parameter, String nameKey, Object value) {
        if (value != null) {
            chips.add(new Chip(parameter, text("customers.chip", text(nameKey), value.toString()),
                    ListQueryString.without(q, List.of(parameter))));
        }
    }

    private String label(String type, Object code) {
        return code == null ? null : messages.getMessage("enum." + type + "." + code, null, code.toString(), locale);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
