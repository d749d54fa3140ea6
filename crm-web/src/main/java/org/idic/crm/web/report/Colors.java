package org.idic.crm.web.report;

import java.util.List;
import java.util.Map;

/** The same colour for the same thing on every chart (and as the tier badges in crm.css). */
final class Colors {

    static final Map<String, String> TIER = Map.of("MVC", "#6f42c1", "MGC", "#198754", "MAINTAIN", "#0d6efd",
            "BZ", "#dc3545", "PROSPECT", "#6c757d");
    static final Map<String, String> SEGMENT = Map.ofEntries(Map.entry("CHAMPIONS", "#198754"),
            Map.entry("LOYAL", "#20c997"), Map.entry("POTENTIAL_LOYALISTS", "#0dcaf0"),
            Map.entry("NEW_CUSTOMERS", "#6ea8fe"), Map.entry("PROMISING", "#9ec5fe"),
            Map.entry("NEED_ATTENTION", "#ffc107"), Map.entry("ABOUT_TO_SLEEP", "#fd7e14"),
            Map.entry("AT_RISK", "#dc3545"), Map.entry("CANT_LOSE_THEM", "#6f42c1"),
            Map.entry("HIBERNATING", "#adb5bd"), Map.entry("NONE", "#dee2e6"));
    static final List<String> SERIES = List.of("#0d6efd", "#198754", "#fd7e14", "#6f42c1", "#dc3545", "#20c997",
            "#ffc107", "#6c757d");

    private Colors() {
    }

    static String tier(String tier) {
        return TIER.getOrDefault(tier, "#6c757d");
    }
}
