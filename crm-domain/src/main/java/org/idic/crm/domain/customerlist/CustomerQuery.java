package org.idic.crm.domain.customerlist;

import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerStatus;

/**
 * What a customer list shows: free-text search (name prefix or part, number, e-mail, phone), filters
 * (including the current segmentation scores), one allow-listed sort and a page.
 */
public record CustomerQuery(String text, CustomerKind kind, CustomerStatus status, Long ownerId, String tag,
        ScoreFilter scores, CustomerSort sort, boolean descending, int page, int size, Long teamId) {

    /** A query without a team filter (the team filter exists for administrators' drill-downs). */
    public CustomerQuery(String text, CustomerKind kind, CustomerStatus status, Long ownerId, String tag,
            ScoreFilter scores, CustomerSort sort, boolean descending, int page, int size) {
        this(text, kind, status, ownerId, tag, scores, sort, descending, page, size, null);
    }

    public static final int MAX_SIZE = 100;

    public CustomerQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        sort = sort == null ? CustomerSort.NAME : sort;
        scores = scores == null ? ScoreFilter.NONE : scores;
        page = Math.max(page, 0);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }

    public static CustomerQuery firstPage() {
        return new CustomerQuery(null, null, null, null, null, ScoreFilter.NONE, CustomerSort.NAME, false, 0, 25);
    }

    public CustomerQuery withPage(int newPage) {
        return new CustomerQuery(text, kind, status, ownerId, tag, scores, sort, descending, newPage, size, teamId);
    }
}
