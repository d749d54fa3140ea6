package org.idic.crm.domain.activity;

import java.util.List;

/** One page of a complaints list and how many complaints match in all. */
public record ComplaintPage(List<ComplaintRow> rows, ComplaintQuery query, long total) {

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
