package org.idic.crm.web.customer;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerQuery;
import org.idic.crm.domain.customer.CustomerSearch;
import org.idic.crm.domain.customer.CustomerSort;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.customer.ScoreFilter;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.domain.user.Role;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list: search, filters (scores included), an allow-listed sort and bounded pagination. */
@Controller
class CustomerListController {

    private final CustomerSearch search;
    private final Customers customers;

    CustomerListController(CustomerSearch search, Customers customers) {
        this.search = search;
        this.customers = customers;
    }

    @GetMapping("/customers")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CustomerKind kind,
            @RequestParam(required = false) CustomerStatus status, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String tag, @RequestParam(required = false) Tier tier,
            @RequestParam(required = false) AbcClass abc, @RequestParam(required = false) PyramidLevel pyramid,
            @RequestParam(required = false) RfmSegment rfm, @RequestParam(required = false) LifecycleStage lifecycle,
            @RequestParam(required = false) Relationship relationship, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page,
            Actor actor, Model model) {
        CustomerSort sortBy = CustomerSort.parse(sort).orElseThrow(() -> new BadRequestException("unknown sort"));
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new BadRequestException("unknown sort direction");
        }
        CustomerQuery query = new CustomerQuery(q, kind, status, actor.role() == Role.REP ? null : owner, tag,
                new ScoreFilter(tier, abc, pyramid, rfm, lifecycle, relationship), sortBy, dir.equals("desc"), page, 25);
        model.addAttribute("result", search.search(actor, query));
        model.addAttribute("listQuery", ListQueryString.of(query));
        model.addAttribute("owners", actor.role() == Role.REP ? java.util.List.of() : customers.assignableOwners(actor));
        model.addAttribute("sorts", CustomerSort.values());
        return "customers/list";
    }
}
