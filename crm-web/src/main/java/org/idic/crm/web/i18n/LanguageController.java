package org.idic.crm.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.security.CrmUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch in every page's header (a POST: changing a preference is a change). */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final UserAccounts accounts;

    LanguageController(LocaleResolver localeResolver, UserAccounts accounts) {
        this.localeResolver = localeResolver;
        this.accounts = accounts;
    }

    @PostMapping("/preferences/language")
    String switchLanguage(@RequestParam String lang, @RequestParam(required = false) String returnTo,
            @AuthenticationPrincipal CrmUser user, HttpServletRequest request, HttpServletResponse response) {
        SupportedLanguages.fromTag(lang).ifPresent(locale -> {
            localeResolver.setLocale(request, response, locale);
            if (user != null) {
                accounts.preferLocale(user.id(), SupportedLanguages.tag(locale));
            }
        });
        return "redirect:" + safeLocalPath(returnTo);
    }

    /** Only a path on this site, so the switch cannot be used to send people elsewhere. */
    static String safeLocalPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
            return "/";
        }
        URI uri;
        try {
            uri = URI.create(returnTo);
        } catch (IllegalArgumentException e) {
            return "/";
        }
        return uri.getScheme() == null && uri.getHost() == null ? returnTo : "/";
    }
}
