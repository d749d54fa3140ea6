package org.idic.crm.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.idic.crm.web.security.CrmUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the signed-in user's saved choice, else the choice made in this session
 * (on the login page), else the browser's preference, else English.
 */
class CrmLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = "crm.locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return userChoice()
                .or(() -> sessionChoice(request))
                .orElseGet(() -> browserChoice(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, locale);
    }

    private static Optional<Locale> userChoice() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CrmUser user) {
            return SupportedLanguages.fromTag(user.locale());
        }
        return Optional.empty();
    }

    private static Optional<Locale> sessionChoice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale locale
                ? Optional.of(locale) : Optional.empty();
    }

    private static Locale browserChoice(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return SupportedLanguages.ENGLISH;
        }
        var languages = request.getLocales();
        while (languages.hasMoreElements()) {
            Optional<Locale> supported = SupportedLanguages.fromTag(languages.nextElement().toLanguageTag());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return SupportedLanguages.ENGLISH;
    }
}
