package org.idic.crm.web.customer;

import java.time.Clock;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.activity.Timeline;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.CustomerView;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.playbook.Playbooks;
import org.idic.crm.domain.activity.Timeline;
import org.idic.crm.domain.activity.TimelineEntry;
import org.idic.crm.domain.segmentation.CurrentScores;
import org.idic.crm.web.interaction.InteractionForm;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer page: value scores with their explanations and playbooks, profile, handling advice,
 * contacts, the history (one kind or all, a page at a time), and a quick interaction log.
 */
@Controller
class CustomerPageController {

    static final int HISTORY_PAGE = 20;

    private final Customers customers;
    private final Contacts contacts;
    private final Timeline timeline;
    private final CurrentScores scores;
    private final Playbooks playbooks;
    private final Clock clock;

    CustomerPageController(Customers customers, Contacts contacts, Timeline timeline, CurrentScores scores,
            Playbooks playbooks, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.timeline = timeline;
        this.scores = scores;
        this.playbooks = playbooks;
        this.clock = clock;
    }

    @GetMapping("/customers/{id}")
    String show(@PathVariable Long id, @RequestParam(required = false) TimelineEntry.Kind history,
            @RequestParam(defaultValue = "0") int historyPage, Actor actor, Model model) {
        if (historyPage < 0 || historyPage > 10_000) {
            throw new BadRequestException("historyPage out of range");
        }
        CustomerView customer = customers.get(actor, id);
        model.addAttribute("customer", customer);
        model.addAttribute("contacts", contacts.ofCustomer(actor, id));
        model.addAttribute("timeline", timeline.page(actor, id, history, historyPage * HISTORY_PAGE, HISTORY_PAGE));
        model.addAttribute("history", history);
        model.addAttribute("historyPage", historyPage);
        model.addAttribute("historyKinds", TimelineEntry.Kind.values());
        model.addAttribute("interactionForm", InteractionForm.now(clock));
        model.addAttribute("owners", actor.role() == Role.REP ? List.of() : customers.assignableOwners(actor));
        model.addAttribute("deletable", customers.deletable(actor, id));
        scores.forCustomer(actor, id).ifPresent(score -> {
            model.addAttribute("score", score);
            model.addAttribute("playbooks", playbooks.forCustomer(score.tier(), score.lifecycle()));
        });
        return "customers/show";
    }
}
