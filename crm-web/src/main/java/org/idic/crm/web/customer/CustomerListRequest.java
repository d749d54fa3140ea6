package org.idic.crm.web.customer;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerQuery;
import org.idic.crm.domain.customer.CustomerSort;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customer.ScoreFilter;
import org.idic.crm.domain.user.Role;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.web.support.BadRequestException;

/**
 * The customer list's filters and sort as request parameters ({@code q, kind, status, owner, tag, tier,
 * abc, pyramid, rfm, lifecycle, relationship, sort, dir}), bound the same way for the list and for its
 * export. A value outside an enum or the sort allow-list is a 400.
 */
record CustomerListRequest(String q, CustomerKind kind, CustomerStatus status, Long owner, String tag, Tier tier,
        AbcClass abc, PyramidLevel pyramid, RfmSegment rfm, LifecycleStage lifecycle, Relationship relationship,
        String sort, String dir) {

    /** The query for one page; a rep's owner filter is ignored (a rep sees only their own anyway). */
    CustomerQuery toQuery(Actor actor, int page, int size) {
        CustomerSort sortBy = CustomerSort.parse(sort).orElseThrow(() -> new BadRequestException("unknown sort"));
        if (dir != null && !dir.isEmpty() && !dir.equals("asc") && !dir.equals("desc")) {
            throw new BadRequestException("unknown sort direction");
        }
        return new CustomerQuery(q, kind, status, actor.role() == Role.REP ? null : owner, tag,
                new ScoreFilter(tier, abc, pyramid, rfm, lifecycle, relationship), sortBy, "desc".equals(dir), page,
                size);
    }
}
