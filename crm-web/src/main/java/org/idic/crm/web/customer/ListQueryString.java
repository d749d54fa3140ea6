package org.idic.crm.web.customer;

import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.ScoreFilter;
import org.springframework.web.util.UriComponentsBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The list's filters and sort as a query string (without the page), for paging, chips and export links. */
final class ListQueryString {

    private ListQueryString() {
    }

    static String of(CustomerQuery q) {
        return of(parameters(q));
    }

    /** The same query string without some parameters (a removed filter chip). */
    static String without(CustomerQuery q, Collection<String> names) {
        Map<String, Object> parameters = parameters(q);
        parameters.keySet().removeAll(names);
        return of(parameters);
    }

    /** Every filter and the sort, by request parameter name, in a fixed order. */
    static Map<String, Object> parameters(CustomerQuery q) {
        ScoreFilter s = q.scores();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", q.text());
        p.put("kind", q.kind());
        p.put("status", q.status());
        p.put("owner", q.ownerId());
        p.put("tag", q.tag());
        p.put("tier", s.tier());
        p.put("abc", s.abcClass());
        p.put("pyramid", s.pyramidLevel());
        p.put("rfm", s.rfmSegment());
        p.put("lifecycle", s.lifecycle());
        p.put("relationship", s.relationship());
        p.put("team", q.teamId());
        p.put("r", s.rScore());
        p.put("f", s.fScore());
        p.put("quadrant", s.quadrant());
        if (s.move() != null) {
            p.put("moveFrom", s.move().fromRun());
            p.put("moveFromTier", s.move().fromTier());
            p.put("moveTo", s.move().toRun());
            p.put("moveToTier", s.move().toTier());
        }
        p.put("sort", q.sort().parameter());
        p.put("dir", q.descending() ? "desc" : "asc");
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }

    /** Form-encoded, as a browser sends a GET form ("+86 21" becomes "%2B86+21"; braces stay text). */
    private static String of(Map<String, Object> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value.toString(),
                StandardCharsets.UTF_8)));
        return query.toString();
    }
}
