package org.idic.crm.web.admin;

import jakarta.validation.Valid;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.user.Teams;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserAdministration;
import org.idic.crm.domain.user.UserView;
import org.idic.crm.web.form.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage people: create (with a one-time password, given or generated and shown once),
 * edit, disable with a hand-over of their customers, enable, reset a password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final Teams teams;

    UserAdminController(UserAccounts accounts, UserAdministration administration, Teams teams) {
        this.accounts = accounts;
        this.administration = administration;
        this.teams = teams;
    }

    @GetMapping
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        return "admin/users";
    }

    @GetMapping("/new")
    String create(Model model) {
        UserAdminForm form = new UserAdminForm();
        form.setRole(Role.REP);
        return form(model, form, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserAdminForm form, BindingResult result, Actor actor,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = administration.create(actor, form.toDomain());
                redirect.addFlashAttribute("flash", "admin.user.created");
                redirect.addFlashAttribute("oneTimePassword", created.generatedPassword());
                return "redirect:/admin/users/" + created.id() + "/edit";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        form.setOneTimePassword(null);
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        UserView user = find(id);
        return form(model, UserAdminForm.of(user, administration.version(id)), user);
    }

    @PostMapping("/{id}")
    String save(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserAdminForm form, BindingResult result,
            Actor actor, Model model, RedirectAttributes redirect) {
        UserView user = find(id);
        if (!result.hasErrors()) {
            try {
                administration.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDomain(),
                        form.getSuccessorId());
                redirect.addFlashAttribute("flash", "admin.user.saved");
                return "redirect:/admin/users";
            } catch (ConcurrentEditException e) {
                result.reject("admin.user.conflict");
                form.setVersion(administration.version(id));
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        form.setUsername(user.username());
        return form(model, form, user);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, @RequestParam(required = false) Long successorId, Actor actor,
            RedirectAttributes redirect) {
        find(id);
        return act(id, redirect, "admin.user.disabled", () -> administration.disable(actor, id, successorId));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
        find(id);
        return act(id, redirect, "admin.user.enabled", () -> administration.enable(actor, id));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @RequestParam(required = false) String oneTimePassword, Actor actor,
            RedirectAttributes redirect) {
        find(id);
        return act(id, redirect, "admin.user.passwordReset", () -> {
            String password = administration.resetPassword(actor, id, oneTimePassword);
            if (oneTimePassword == null || oneTimePassword.isBlank()) {
                redirect.addFlashAttribute("oneTimePassword", password);
            }
        });
    }

    private String act(Long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionError", e.code());
            redirect.addFlashAttribute("actionErrorArguments", e.arguments());
        }
        return "redirect:/admin/users/" + id + "/edit";
    }

    private UserView find(Long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private String form(Model model, UserAdminForm form, UserView user) {
        model.addAttribute("userForm", form);
        model.addAttribute("existing", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", teams.all());
        model.addAttribute("languages", List.of("en", "zh-CN"));
        if (user != null) {
            model.addAttribute("held", administration.heldBy(user.id()));
            model.addAttribute("successors", accounts.all().stream()
                    .filter(u -> u.enabled() && u.role() != Role.ADMIN && !u.id().equals(user.id())).toList());
        }
        return "admin/user-form";
    }
}
