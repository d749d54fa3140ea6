package org.idic.crm.web.home;

import java.util.EnumMap;
import java.util.Map;
import org.idic.crm.domain.user.Role;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.security.CrmUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Everyone lands on a home page made for their role. */
@Controller
class HomeController {

    private final UserAccounts accounts;

    HomeController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CrmUser user, Model model) {
        if (user.role() == Role.ADMIN) {
            Map<Role, Long> counts = new EnumMap<>(Role.class);
            accounts.all().forEach(u -> counts.merge(u.role(), 1L, Long::sum));
            model.addAttribute("roleCounts", counts);
            return "home/admin";
        }
        model.addAttribute("teamMembers", accounts.team(user.teamId()));
        return user.role() == Role.MANAGER ? "home/manager" : "home/rep";
    }
}
