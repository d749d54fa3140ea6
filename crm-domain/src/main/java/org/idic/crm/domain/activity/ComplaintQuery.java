package org.idic.crm.domain.activity;

/**
 * What a complaints list shows: the complaints of the customers the actor may see, narrowed by the
 * customer (name or number), a status (or every open one, the default; or all), a severity, the handler
 * and whether they are overdue; by due date, soonest first unless {@code dueLast}; one page.
 *
 * @param status   one status, or null for the list's status choice {@code openOnly}
 * @param openOnly with no status: only complaints that are not closed (false: all of them)
 */
public record ComplaintQuery(String customer, ComplaintStatus status, boolean openOnly, Severity severity,
        Long handlerId, boolean overdueOnly, boolean dueLast, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ComplaintQuery {
        customer = customer == null || customer.isBlank() ? null : customer.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }

    /** A rep's own open complaints, soonest due first. */
    public static ComplaintQuery open() {
        return new ComplaintQuery(null, null, true, null, null, false, false, 0, 25);
    }

    public ComplaintQuery withPage(int newPage) {
        return new ComplaintQuery(customer, status, openOnly, severity, handlerId, overdueOnly, dueLast, newPage,
                size);
    }
}
