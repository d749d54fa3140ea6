package org.idic.crm.web.login;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import org.idic.crm.domain.support.DemoMode;
import org.idic.crm.domain.user.UserBootstrap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it lists the demo users so a new user can walk in. */
@Controller
class LoginController {

    static final String LOCKED_UNTIL_ATTRIBUTE = "crm.login.lockedUntil"; // set by the security failure handler
    static final String USERNAME_ATTRIBUTE = "crm.login.username"; // likewise: the refused attempt's username

    private final boolean demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode.enabled();
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        model.addAttribute("demoUsers", demoMode ? UserBootstrap.DEMO_USERS : List.of());
        model.addAttribute("demoPassword", demoMode ? UserBootstrap.DEMO_PASSWORD : null);
        if (session.getAttribute(LOCKED_UNTIL_ATTRIBUTE) instanceof Instant until) {
            model.addAttribute("lockedUntil", until);
        }
        if (session.getAttribute(USERNAME_ATTRIBUTE) instanceof String username) {
            model.addAttribute("username", username);
            session.removeAttribute(USERNAME_ATTRIBUTE);
        }
        return "login";
    }
}
