package org.idic.crm.domain.customerlist;

import java.util.List;

/**
 * One page of a customer list. The total is counted only up to {@link CustomerSearch#COUNT_LIMIT}
 * (so a list stays fast at a million customers); past that, {@code totalCapped} is true.
 */
public record CustomerPage(List<CustomerRow> rows, CustomerQuery query, long total, boolean totalCapped) {

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return (long) (query.page() + 1) * query.size() < total;
    }

    public int lastPage() {
        return (int) Math.max(0, (total - 1) / query.size());
    }

    public long firstRowNumber() {
        return rows.isEmpty() ? 0 : (long) query.page() * query.size() + 1;
    }

    public long lastRowNumber() {
        return (long) query.page() * query.size() + rows.size();
    }
}
