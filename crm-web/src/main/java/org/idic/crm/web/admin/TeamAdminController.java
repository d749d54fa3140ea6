package org.idic.crm.web.admin;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.user.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create, rename and delete (empty) teams. */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

    private final Teams teams;

    TeamAdminController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", teams.all());
        return "admin/teams";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "admin.team.created", name, () -> teams.create(actor, name));
    }

    @PostMapping("/{id}")
    String rename(@PathVariable Long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) Long version, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "admin.team.renamed", name,
                () -> teams.rename(actor, id, version == null ? -1 : version, name));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "admin.team.deleted", null, () -> teams.delete(actor, id));
    }

    private static String act(RedirectAttributes redirect, String done, String typed, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionError", e.code());
            redirect.addFlashAttribute("actionErrorArguments", e.arguments());
            redirect.addFlashAttribute("typedName", typed);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("actionError", "admin.team.conflict");
        }
        return "redirect:/admin/teams";
    }
}
