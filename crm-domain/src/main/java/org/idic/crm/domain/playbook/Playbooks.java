package org.idic.crm.domain.playbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.support.Changes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The playbooks per tier and lifecycle stage: everyone reads them, administrators edit them. */
@Service
@Transactional
public class Playbooks {

    /** The longest text a playbook may have, in characters, in each language. */
    public static final int MAX_LENGTH = 2000;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Playbooks(JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every playbook: the four tiers first, then the lifecycle stages. */
    @Transactional(readOnly = true)
    public List<Playbook> all() {
        return jdbc.query("select * from playbook order by key like 'lifecycle.%', array_position(array['tier.MVC',"
                + "'tier.MGC','tier.MAINTAIN','tier.BZ','lifecycle.PROSPECT','lifecycle.GROWTH','lifecycle.MATURE',"
                + "'lifecycle.DECLINE','lifecycle.TERMINATED']::text[], key::text)", Playbooks::row);
    }

    @Transactional(readOnly = true)
    public Optional<Playbook> get(String key) {
        return jdbc.query("select * from playbook where key = ?", Playbooks::row, key).stream().findFirst();
    }

    /** The playbooks for a customer's tier and lifecycle stage, by key (either may be absent). */
    @Transactional(readOnly = true)
    public Map<String, Playbook> forCustomer(String tier, String lifecycle) {
        Map<String, Playbook> found = new LinkedHashMap<>();
        get("tier." + tier).ifPresent(p -> found.put("tier", p));
        get("lifecycle." + lifecycle).ifPresent(p -> found.put("lifecycle", p));
        return found;
    }

    /**
     * Saves both texts (each not blank, at most {@link #MAX_LENGTH} characters), unless someone saved the
     * playbook since {@code version}.
     */
    public void update(Actor actor, String key, long version, String textEn, String textZh) {
        if (!actor.isAdmin()) {
            audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, "playbook", null, key);
            throw new NotPermittedException("only administrators edit playbooks");
        }
        Playbook before = get(key).orElseThrow(() -> new NotFoundException("playbook", key));
        requireText("textEn", textEn);
        requireText("textZh", textZh);
        ConcurrentEditException.check("playbook", null, version, before.version());
        jdbc.update("update playbook set text_en = ?, text_zh = ?, updated_by = ?, updated_at = ?,"
                + " version = version + 1 where key = ?", textEn.strip(), textZh.strip(), actor.username(),
                Timestamp.from(clock.instant()), key);
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, "playbook", null,
                Changes.between(Map.of("key", key, "textEn", before.textEn(), "textZh", before.textZh()),
                Map.of("key", key, "textEn", textEn.strip(), "textZh", textZh.strip())), clock.instant()));
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(field, "playbook.text.blank");
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new RuleViolationException(field, "playbook.text.tooLong", MAX_LENGTH);
        }
    }

    private static Playbook row(ResultSet rs, int n) throws SQLException {
        return new Playbook(rs.getString("key"), rs.getString("text_en"), rs.getString("text_zh"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
