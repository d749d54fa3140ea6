package org.idic.crm.web.admin;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.user.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A manager sees who is in their team (read only); an administrator sees everyone. */
@Controller
class TeamMembersController {

    private final UserAccounts accounts;

    TeamMembersController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/team")
    String members(Actor actor, Model model) {
        model.addAttribute("users", actor.isAdmin() ? accounts.all() : accounts.team(actor.teamId()));
        return "admin/team-members";
    }
}
