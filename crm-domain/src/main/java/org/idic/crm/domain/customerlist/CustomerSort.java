package org.idic.crm.domain.customerlist;

import java.util.Locale;
import java.util.Optional;

/** The columns a customer list may be sorted by: an allow-list, so no request text reaches the SQL. */
public enum CustomerSort {
    NAME("lower(c.name)"),
    NUMBER("c.customer_number"),
    CREATED("c.created_at"),
    LAST_ACTIVITY("c.last_activity_at"),
    CLV("s.predicted_clv"),
    REVENUE("s.revenue_window"),
    CURRENT_VALUE("s.current_value");

    private final String expression;

    CustomerSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    /** Customers without a score (prospects, or no snapshot yet) come last either way. */
    String orderBy(boolean descending) {
        boolean scored = expression.startsWith("s.");
        return expression + (descending ? " desc" : "") + (scored ? " nulls last" : "");
    }

    /** Whether sorting needs the current scores. */
    boolean needsScores() {
        return expression.startsWith("s.");
    }

    /** The sort for a request parameter such as {@code name} or {@code last_activity}, if it is one. */
    public static Optional<CustomerSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NAME);
        }
        for (CustomerSort sort : values()) {
            if (sort.name().equals(value.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
