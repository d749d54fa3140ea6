package org.idic.crm.web.account;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.user.OwnPassword;
import org.idic.crm.domain.user.PasswordPolicy;
import org.idic.crm.web.form.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user changes their own password here; after a one-time password, they must. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final OwnPassword passwords;

    PasswordController(OwnPassword passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return page(model);
    }

    @PostMapping
    String change(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Actor actor, Model model,
            RedirectAttributes redirect) {
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getRepeatPassword())) {
            result.rejectValue("repeatPassword", "password.repeatDiffers");
        } else {
            try {
                passwords.change(actor, form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("flash", "password.changed");
                return "redirect:/";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        // the page never writes a password back into its fields
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
        return "account/password";
    }

    /** The three fields of the page. */
    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String repeatPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }
    }
}
