package org.idic.crm.web.customer;

import java.util.List;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.user.ListColumns;
import org.idic.crm.domain.user.SavedView;
import org.idic.crm.domain.user.SavedViews;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's saved views of the customer list: the list's filters and sort (its query string) and the
 * columns shown, under a name. Applying one opens the list so and makes its columns the user's; each
 * user sees, renames and deletes only their own (someone else's is "not found").
 */
@Controller
class SavedViewController {

    private final SavedViews views;
    private final ListColumns columns;
    private final MessageSource messages;

    SavedViewController(SavedViews views, ListColumns columns, MessageSource messages) {
        this.views = views;
        this.columns = columns;
        this.messages = messages;
    }

    @GetMapping("/customers/views")
    String manage(Actor actor, Model model) {
        model.addAttribute("views", views.of(actor.userId(), ListColumnChoice.LIST));
        return "customers/views";
    }

    /** Saves the list as it is shown now (the query string it sends, the user's columns) under a name. */
    @PostMapping("/customers/views")
    String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String query,
            @RequestParam(defaultValue = "false") boolean replace, Actor actor, Locale locale,
            RedirectAttributes redirect) {
        String cleanQuery = clean(query);
        List<String> shown = ListColumnChoice.clean(actor.role(), columns.of(actor.userId(), ListColumnChoice.LIST)
                .orElse(List.of()));
        try {
            views.save(actor.userId(), ListColumnChoice.LIST, name, cleanQuery, shown, replace);
            redirect.addFlashAttribute("flashText", messages.getMessage("view.saved", new Object[] {name.strip()},
                    locale));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashProblemText", messages.getMessage(e.code(), e.arguments(), locale));
        }
        return "redirect:/customers" + (cleanQuery.isEmpty() ? "" : "?" + cleanQuery);
    }

    /** Opens the list with the view's filters and sort, and its columns (which stay the user's columns). */
    @PostMapping("/customers/views/{id}/apply")
    String apply(@PathVariable Long id, Actor actor) {
        SavedView view = own(actor, id);
        List<String> chosen = ListColumnChoice.clean(actor.role(), view.columns());
        if (chosen.isEmpty()) {
            columns.forget(actor.userId(), ListColumnChoice.LIST);
        } else {
            columns.choose(actor.userId(), ListColumnChoice.LIST, chosen);
        }
        String query = clean(view.query());
        return "redirect:/customers" + (query.isEmpty() ? "" : "?" + query);
    }

    @PostMapping("/customers/views/{id}/rename")
    String rename(@PathVariable Long id, @RequestParam(defaultValue = "") String name, Actor actor, Locale locale,
            RedirectAttributes redirect) {
        own(actor, id);
        try {
            views.rename(actor.userId(), ListColumnChoice.LIST, id, name);
            redirect.addFlashAttribute("flashText", messages.getMessage("view.renamed", new Object[] {name.strip()},
                    locale));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashProblemText", messages.getMessage(e.code(), e.arguments(), locale));
        }
        return "redirect:/customers/views";
    }

    @PostMapping("/customers/views/{id}/delete")
    String delete(@PathVariable Long id, Actor actor, Locale locale, RedirectAttributes redirect) {
        SavedView view = own(actor, id);
        views.delete(actor.userId(), ListColumnChoice.LIST, id);
        redirect.addFlashAttribute("flashText", messages.getMessage("view.deleted", new Object[] {view.name()},
                locale));
        return "redirect:/customers/views";
    }

    private SavedView own(Actor actor, Long id) {
        return views.find(actor.userId(), ListColumnChoice.LIST, id)
                .orElseThrow(() -> new NotFoundException("saved view", id));
    }

    /** Only a query string comes back: no line breaks, fragments or braces, so a redirect stays on the list. */
    private static String clean(String query) {
        String q = query == null ? "" : query.replaceAll("[\\r\\n#{}]", "").strip();
        return q.startsWith("?") ? q.substring(1) : q;
    }
}
