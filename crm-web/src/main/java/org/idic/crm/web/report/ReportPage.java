package org.idic.crm.web.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every report page shows besides its figures: the filter bar's choices and the labels in the user's language. */
@Component
class ReportPage {

    private final Customers customers;
    private final UserAccounts accounts;
    private final MessageSource messages;

    ReportPage(Customers customers, UserAccounts accounts, MessageSource messages) {
        this.customers = customers;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Adds the filter bar's model; returns the page's name for the navigation tabs. */
    void prepare(Model model, Actor actor, ReportParams params, String report) {
        scope(actor, params);
        model.addAttribute("params", params);
        model.addAttribute("report", report);
        model.addAttribute("exportQuery", params.query());
        model.addAttribute("owners", customers.assignableOwners(actor));
        Map<Long, String> teams = new LinkedHashMap<>();
        if (actor.isAdmin()) {
            for (UserView user : accounts.all()) {
                if (user.teamId() != null) {
                    teams.put(user.teamId(), user.teamName());
                }
            }
        }
        model.addAttribute("teams", teams);
    }

    /** Only administrators choose a team; the others' reports (and exports) are their team's or their own. */
    static void scope(Actor actor, ReportParams params) {
        if (!actor.isAdmin()) {
            params.setTeam(null);
        }
    }

    /** The query string of a report's export: its filters and the report's own parameters. */
    String exportQuery(ReportParams params, String own) {
        String filters = params.query();
        return filters.isEmpty() ? own : filters + "&" + own;
    }

    /** The label of an enum value ("enum.Tier.MVC") in the user's language. */
    String label(String enumName, String value) {
        return messages.getMessage("enum." + enumName + "." + value, null, value, locale());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    List<String> labels(String enumName, List<String> values) {
        return values.stream().map(v -> label(enumName, v)).toList();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
