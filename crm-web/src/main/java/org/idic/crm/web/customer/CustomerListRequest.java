package org.idic.crm.web.customer;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerSort;
import org.idic.crm.domain.customerlist.ScoreFilter;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueQuadrant;
import org.idic.crm.web.support.BadRequestException;

/**
 * The customer list's filters and sort as request parameters ({@code q, kind, status, owner, tag, tier,
 * abc, pyramid, rfm, lifecycle, relationship, sort, dir}), bound the same way for the list and for its
 * export. The reports' drill-downs add {@code team} (administrators), {@code r} and {@code f} (an RFM
 * grid cell), {@code quadrant} (the value matrix) and {@code moveFrom, moveFromTier, moveTo, moveToTier}
 * (a tier-migration cell). A value outside an enum, a score outside 1..9 or the sort allow-list is a 400.
 */
record CustomerListRequest(String q, CustomerKind kind, CustomerStatus status, Long owner, String tag, Tier tier,
        AbcClass abc, PyramidLevel pyramid, RfmSegment rfm, LifecycleStage lifecycle, Relationship relationship,
        String sort, String dir, Long team, Integer r, Integer f, ValueQuadrant quadrant, Long moveFrom,
        String moveFromTier, Long moveTo, Tier moveToTier) {

    /** The query for one page; a rep's owner filter is ignored (a rep sees only their own anyway). */
    CustomerQuery toQuery(Actor actor, int page, int size) {
        CustomerSort sortBy = CustomerSort.parse(sort).orElseThrow(() -> new BadRequestException("unknown sort"));
        if (dir != null && !dir.isEmpty() && !dir.equals("asc") && !dir.equals("desc")) {
            throw new BadRequestException("unknown sort direction");
        }
        for (Integer score : new Integer[] {r, f}) {
            if (score != null && (score < 1 || score > 9)) {
                throw new BadRequestException("an R or F score is between 1 and 9");
            }
        }
        return new CustomerQuery(q, kind, status, actor.role() == Role.REP ? null : owner, tag,
                new ScoreFilter(tier, abc, pyramid, rfm, lifecycle, relationship, r, f, quadrant, move()), sortBy,
                "desc".equals(dir), page, size, actor.isAdmin() ? team : null);
    }

    /** The tier-migration cell asked for: all four parameters, or none. */
    private ScoreFilter.Move move() {
        if (moveFrom == null && moveFromTier == null && moveTo == null && moveToTier == null) {
            return null;
        }
        boolean fromTier = moveFromTier != null && (moveFromTier.equals("NEW")
                || java.util.Arrays.stream(Tier.values()).anyMatch(t -> t.name().equals(moveFromTier)));
        if (moveFrom == null || moveTo == null || moveToTier == null || !fromTier) {
            throw new BadRequestException("a move needs moveFrom, moveFromTier (a tier or NEW), moveTo and moveToTier");
        }
        return new ScoreFilter.Move(moveFrom, moveFromTier, moveTo, moveToTier.name());
    }
}
