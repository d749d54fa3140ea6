package org.idic.crm.web.home;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.segmentation.CurrentScores;
import org.idic.crm.domain.workday.MyDay;
import org.idic.crm.domain.workday.TeamOverview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Everyone lands on a home page made for their role: a rep on their day, a manager on their day and
 * their team's, an administrator on every team's figures.
 */
@Controller
class HomeController {

    private final MyDay myDay;
    private final TeamOverview teams;
    private final CurrentScores scores;

    HomeController(MyDay myDay, TeamOverview teams, CurrentScores scores) {
        this.myDay = myDay;
        this.teams = teams;
        this.scores = scores;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        if (actor.role() != Role.REP) {
            model.addAttribute("members", teams.members(actor));
        }
        if (actor.role() != Role.ADMIN) {
            model.addAttribute("followUps", myDay.followUps(actor));
            model.addAttribute("complaints", myDay.openComplaints(actor));
            model.addAttribute("recent", myDay.recentCustomers(actor));
            model.addAttribute("declining", scores.valuableInDecline(actor));
        }
        return switch (actor.role()) {
            case REP -> "home/rep";
            case MANAGER -> "home/manager";
            case ADMIN -> "home/admin";
        };
    }
}
