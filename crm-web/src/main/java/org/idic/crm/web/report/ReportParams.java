package org.idic.crm.web.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.report.ReportFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of every report page (bound from the query string): team (administrators), rep,
 * customer type and tag. Also builds the drill-down links to the customer list with the same filters.
 */
public class ReportParams {

    private Long team;
    private Long owner;
    private CustomerKind kind;
    private String tag;

    public ReportFilter filter() {
        return new ReportFilter(team, owner, kind == null ? null : kind == CustomerKind.ORGANISATION, tag);
    }

    /** The customer list showing the customers behind a figure: these filters plus {@code extra}. */
    public String drill(Map<String, ?> extra) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/customers");
        Map<String, Object> all = new LinkedHashMap<>(asMap());
        all.putAll(extra);
        all.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                uri.queryParam(k, v.toString());
            }
        });
        return uri.encode().build().toUriString();
    }

    /** {@link #drill(Map)} with the extra parameters as key, value, key, value ... in this order. */
    public String drill(Object... keysAndValues) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            extra.put(keysAndValues[i].toString(), keysAndValues[i + 1]);
        }
        return drill(extra);
    }

    /** These filters as a query string, for exports and for links between reports. */
    public String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        asMap().forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                uri.queryParam(k, v.toString());
            }
        });
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("team", team);
        map.put("owner", owner);
        map.put("kind", kind);
        map.put("tag", tag);
        return map;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public Long getOwner() {
        return owner;
    }

    public void setOwner(Long owner) {
        this.owner = owner;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }
}
