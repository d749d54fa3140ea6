package org.idic.crm.web.customer;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerSearch;
import org.idic.crm.domain.customerlist.CustomerSort;
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
    String list(CustomerListRequest request, @RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        CustomerQuery query = request.toQuery(actor, page, 25);
        model.addAttribute("result", search.search(actor, query));
        model.addAttribute("listQuery", ListQueryString.of(query));
        model.addAttribute("owners", actor.role() == Role.REP ? java.util.List.of() : customers.assignableOwners(actor));
        model.addAttribute("sorts", CustomerSort.values());
        return "customers/list";
    }
}
