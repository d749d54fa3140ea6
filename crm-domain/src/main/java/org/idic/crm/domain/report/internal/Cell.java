package org.idic.crm.domain.report.internal;

/** One value of a report dimension (a tier, an ABC class, an RFM cell ...) and its sums. */
public record Cell(String dimension, String value, long customers, double revenue, double margin, double clv,
        double monetary) {
}
