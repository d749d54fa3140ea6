package org.idic.crm.web.complaint;

import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.activity.ComplaintQuery;
import org.idic.crm.domain.activity.ComplaintStatus;
import org.idic.crm.domain.activity.Severity;
import org.idic.crm.web.support.BadRequestException;

/**
 * The complaints list's filters as request parameters: {@code q} (customer name or number),
 * {@code status} (empty: every open complaint; {@code ALL}; or one status), {@code severity},
 * {@code handler} (staff only), {@code overdue}, {@code dir} (due date {@code asc}/{@code desc}). A value
 * that is none of these is a 400 in the user's language.
 */
record ComplaintListRequest(String q, String status, Severity severity, Long handler, Boolean overdue,
        String dir) {

    static final String ALL = "ALL";

    ComplaintQuery toQuery(Actor actor, int page, int size) {
        if (dir != null && !dir.isEmpty() && !dir.equals("asc") && !dir.equals("desc")) {
            throw new BadRequestException("unknown sort direction");
        }
        ComplaintStatus one = null;
        if (status != null && !status.isEmpty() && !status.equals(ALL)) {
            one = java.util.Arrays.stream(ComplaintStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElseThrow(() -> new BadRequestException("unknown status"));
        }
        boolean openOnly = status == null || status.isEmpty();
        return new ComplaintQuery(q, one, openOnly, severity, actor.role() == Role.REP ? null : handler,
                Boolean.TRUE.equals(overdue), "desc".equals(dir), page, size);
    }

    /** The query's filters as request parameters (without the page), in a fixed order. */
    static Map<String, Object> parameters(ComplaintQuery query) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", query.customer());
        p.put("status", query.status() != null ? query.status().name() : query.openOnly() ? null : ALL);
        p.put("severity", query.severity());
        p.put("handler", query.handlerId());
        p.put("overdue", query.overdueOnly() ? "true" : null);
        p.put("dir", query.dueLast() ? "desc" : null);
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }

    static String queryString(ComplaintQuery query) {
        java.util.StringJoiner joined = new java.util.StringJoiner("&");
        parameters(query).forEach((name, value) -> joined.add(name + "=" + java.net.URLEncoder.encode(
                value.toString(), java.nio.charset.StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
