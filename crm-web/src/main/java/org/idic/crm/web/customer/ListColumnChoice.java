package org.idic.crm.web.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Role;

/**
 * The customer list's optional columns (the name is always shown), their headers, and the set a user
 * sees until they choose: few enough to fit a 1366 px screen in English and in Chinese. A rep has no
 * owner column, since every customer they see is their own.
 */
final class ListColumnChoice {

    /** The list these choices are stored under. */
    static final String LIST = "customers";

    /** Every optional column, in table order, with its header's message key. */
    static final Map<String, String> ALL = columns();

    private static final List<String> DEFAULT = List.of("number", "owner", "phone", "tier", "lifecycle", "clv",
            "lastActivity");

    private ListColumnChoice() {
    }

    private static Map<String, String> columns() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("number", "field.number");
        all.put("kind", "field.kind");
        all.put("owner", "field.owner");
        all.put("phone", "field.phone");
        all.put("email", "field.email");
        all.put("city", "field.city");
        all.put("tags", "customer.tags");
        all.put("tier", "score.tier");
        all.put("lifecycle", "score.lifecycle");
        all.put("abcPyramid", "score.abcPyramid");
        all.put("rfm", "score.rfm");
        all.put("relationship", "score.relationship");
        all.put("clv", "score.clv");
        all.put("currentValue", "score.currentValue");
        all.put("lastActivity", "field.lastActivity");
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The columns a user of this role may choose from. */
    static List<String> offered(Role role) {
        List<String> offered = new ArrayList<>(ALL.keySet());
        if (role == Role.REP) {
            offered.remove("owner");
        }
        return offered;
    }

    /** The columns to show: the stored choice (what is still offered, in table order), else the default. */
    static List<String> shown(Role role, List<String> stored) {
        List<String> offered = offered(role);
        List<String> chosen = stored == null || stored.isEmpty() ? DEFAULT : stored;
        return offered.stream().filter(chosen::contains).toList();
    }

    /** What a user sent, cleaned to offered columns only (anything else is ignored). */
    static List<String> clean(Role role, List<String> sent) {
        return offered(role).stream().filter(c -> sent != null && sent.contains(c)).toList();
    }
}
