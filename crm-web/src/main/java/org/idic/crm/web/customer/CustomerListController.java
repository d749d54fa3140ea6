package org.idic.crm.web.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerSearch;
import org.idic.crm.domain.customerlist.CustomerSort;
import org.idic.crm.domain.customerlist.CustomerPage;
import org.idic.crm.domain.user.ListColumns;
import org.idic.crm.domain.user.SavedViews;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer list: search, filters (scores included) shown as removable chips, an allow-listed sort,
 * bounded pagination, and the columns each user chose.
 */
@Controller
class CustomerListController {

    static final int PAGE_SIZE = 25;

    private final CustomerSearch search;
    private final Customers customers;
    private final ListColumns columns;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final SavedViews views;

    CustomerListController(CustomerSearch search, Customers customers, ListColumns columns, UserAccounts accounts,
            MessageSource messages, SavedViews views) {
        this.views = views;
        this.search = search;
        this.customers = customers;
        this.columns = columns;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/customers")
    String list(CustomerListRequest request, @RequestParam(defaultValue = "0") int page, Actor actor, Locale locale,
            Model model) {
        CustomerQuery query = request.toQuery(actor, page, PAGE_SIZE);
        CustomerPage result = search.search(actor, query);
        String listQuery = ListQueryString.of(query);
        if (result.rows().isEmpty() && page > 0 && result.total() > 0) {
            // a stale link past the end (the list shrank, or a hand-typed page): the last page there is
            return "redirect:/customers?" + listQuery + "&page=" + result.lastPage();
        }
        List<Customers.OwnerOption> owners = actor.role() == Role.REP ? List.of() : customers.assignableOwners(actor);
        Map<Long, String> ownerNames = new LinkedHashMap<>();
        owners.forEach(o -> ownerNames.put(o.id(), o.name()));
        model.addAttribute("result", result);
        model.addAttribute("listQuery", listQuery);
        model.addAttribute("owners", owners);
        model.addAttribute("sorts", CustomerSort.values());
        model.addAttribute("chips", new FilterChips(messages, locale, ownerNames, teams(actor)).of(query));
        model.addAttribute("columns", ListColumnChoice.shown(actor.role(),
                columns.of(actor.userId(), ListColumnChoice.LIST).orElse(null)));
        model.addAttribute("offeredColumns", ListColumnChoice.offered(actor.role()));
        model.addAttribute("columnLabels", ListColumnChoice.ALL);
        model.addAttribute("views", views.of(actor.userId(), ListColumnChoice.LIST));
        return "customers/list";
    }

    /** Keeps the columns a user chose (or forgets them: {@code reset}), and shows the same list again. */
    @PostMapping("/customers/columns")
    String chooseColumns(@RequestParam(name = "columns", required = false) List<String> chosen,
            @RequestParam(defaultValue = "false") boolean reset, @RequestParam(defaultValue = "") String query,
            Actor actor) {
        List<String> cleaned = ListColumnChoice.clean(actor.role(), chosen);
        if (reset || cleaned.isEmpty()) {
            columns.forget(actor.userId(), ListColumnChoice.LIST);
        } else {
            columns.choose(actor.userId(), ListColumnChoice.LIST, cleaned);
        }
        // only the query string comes back from the form: the redirect stays on this list
        String safeQuery = query.replaceAll("[\\r\\n#{}]", "");
        return "redirect:/customers" + (safeQuery.isEmpty() ? "" : "?" + safeQuery);
    }

    /** Team names for an administrator's team filter chip. */
    private Map<Long, String> teams(Actor actor) {
        Map<Long, String> teams = new LinkedHashMap<>();
        if (actor.isAdmin()) {
            for (UserView user : accounts.all()) {
                if (user.teamId() != null) {
                    teams.put(user.teamId(), user.teamName());
                }
            }
        }
        return teams;
    }
}
