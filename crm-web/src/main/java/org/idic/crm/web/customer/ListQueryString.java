package org.idic.crm.web.customer;

import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.ScoreFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's filters and sort as a query string (without the page), for paging and export links. */
final class ListQueryString {

    private ListQueryString() {
    }

    static String of(CustomerQuery q) {
        ScoreFilter s = q.scores();
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "q", q.text());
        add(uri, "kind", q.kind());
        add(uri, "status", q.status());
        add(uri, "owner", q.ownerId());
        add(uri, "tag", q.tag());
        add(uri, "tier", s.tier());
        add(uri, "abc", s.abcClass());
        add(uri, "pyramid", s.pyramidLevel());
        add(uri, "rfm", s.rfmSegment());
        add(uri, "lifecycle", s.lifecycle());
        add(uri, "relationship", s.relationship());
        add(uri, "team", q.teamId());
        add(uri, "r", s.rScore());
        add(uri, "f", s.fScore());
        add(uri, "quadrant", s.quadrant());
        if (s.move() != null) {
            add(uri, "moveFrom", s.move().fromRun());
            add(uri, "moveFromTier", s.move().fromTier());
            add(uri, "moveTo", s.move().toRun());
            add(uri, "moveToTier", s.move().toTier());
        }
        uri.queryParam("sort", q.sort().parameter());
        uri.queryParam("dir", q.descending() ? "desc" : "asc");
        return uri.encode().build().getQuery();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value.toString());
        }
    }
}
