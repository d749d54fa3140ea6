package org.idic.crm.web.customer;

import java.util.List;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.BulkChange;
import org.idic.crm.domain.customer.BulkConflictException;
import org.idic.crm.domain.customer.BulkPreview;
import org.idic.crm.domain.customer.CustomerBulk;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerSearch;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes of many customers from the list: the rows ticked, or every customer that matches the list's
 * filters (its parameters come along in the query string). First a confirmation that says how many
 * customers will change; then the change, all or nothing, and a message saying what was done. A
 * selection that changed in between shows the confirmation again, as it is now, with nothing changed.
 */
@Controller
class BulkController {

    private final CustomerBulk bulk;
    private final CustomerSearch search;
    private final MessageSource messages;

    BulkController(CustomerBulk bulk, CustomerSearch search, MessageSource messages) {
        this.bulk = bulk;
        this.search = search;
        this.messages = messages;
    }

    @PostMapping("/customers/bulk/preview")
    String preview(CustomerListRequest list, BulkRequest request, Actor actor, Locale locale, Model model,
            RedirectAttributes redirect) {
        CustomerQuery query = list.toQuery(actor, 0, CustomerQuery.MAX_SIZE);
        try {
            List<Long> ids = selection(actor, query, request);
            return page(model, query, request, ids, bulk.preview(actor, ids, request.change()), false);
        } catch (RuleViolationException e) {
            return back(redirect, query, locale, e);
        }
    }

    @PostMapping("/customers/bulk")
    String apply(CustomerListRequest list, BulkRequest request, @RequestParam String fingerprint, Actor actor,
            Locale locale, Model model, RedirectAttributes redirect) {
        CustomerQuery query = list.toQuery(actor, 0, CustomerQuery.MAX_SIZE);
        List<Long> ids = List.of();
        try {
            ids = selection(actor, query, request);
            BulkChange change = request.change();
            CustomerBulk.BulkResult done = bulk.apply(actor, ids, change, fingerprint);
            redirect.addFlashAttribute("flashText", messages.getMessage("bulk.done." + change.kind(),
                    new Object[] {done.changed(), change.kind() == BulkChange.Kind.REASSIGN ? done.newOwnerName()
                            : change.tag()}, locale));
            return "redirect:/customers?" + ListQueryString.of(query);
        } catch (BulkConflictException e) {
            try {
                return page(model, query, request, ids, bulk.preview(actor, ids, request.change()), true);
            } catch (RuleViolationException gone) {
                return back(redirect, query, locale, gone);
            }
        } catch (RuleViolationException e) {
            return back(redirect, query, locale, e);
        }
    }

    /** The ticked rows, or (with {@code all}) every customer the list's filters match, up to the limit and one. */
    private List<Long> selection(Actor actor, CustomerQuery query, BulkRequest request) {
        if (request.all()) {
            return search.ids(actor, query, CustomerBulk.LIMIT + 1);
        }
        return request.ids() == null ? List.of() : request.ids();
    }

    private String page(Model model, CustomerQuery query, BulkRequest request, List<Long> ids, BulkPreview preview,
            boolean conflict) {
        model.addAttribute("preview", preview);
        model.addAttribute("bulk", request);
        model.addAttribute("change", request.change());
        model.addAttribute("ids", request.all() ? List.of() : ids);
        model.addAttribute("listQuery", ListQueryString.of(query));
        model.addAttribute("conflict", conflict);
        return "customers/bulk";
    }

    private String back(RedirectAttributes redirect, CustomerQuery query, Locale locale, RuleViolationException e) {
        redirect.addFlashAttribute("flashProblemText", messages.getMessage(e.code(), e.arguments(), locale));
        return "redirect:/customers?" + ListQueryString.of(query);
    }

    /**
     * What the list's bulk form sends: the ticked customers ({@code ids}) or {@code all} that match, the
     * action, and its owner or tag (named apart from the list's own {@code owner} and {@code tag} filters).
     */
    record BulkRequest(List<Long> ids, Boolean all, String bulkAction, Long bulkOwner, String bulkTag) {

        BulkRequest {
            all = Boolean.TRUE.equals(all);
        }

        BulkChange change() {
            BulkChange.Kind kind;
            try {
                kind = bulkAction == null || bulkAction.isEmpty() ? null : BulkChange.Kind.valueOf(bulkAction);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown bulk action");
            }
            return new BulkChange(kind, bulkOwner, bulkTag);
        }
    }
}
