package org.idic.crm.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.idic.crm.web.security.CrmUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in and where we are (for the language switch). */
@ControllerAdvice
class PageModelAdvice {

    @ModelAttribute("currentUser")
    CrmUser currentUser(@AuthenticationPrincipal CrmUser user) {
        return user;
    }

    @ModelAttribute("options")
    java.util.Map<String, java.util.List<? extends Enum<?>>> options() {
        return FormOptions.ALL;
    }

    /** The base an edit form was loaded with, carried through a refused save (see {@code Baseline}). */
    @ModelAttribute("baseline")
    String baseline(HttpServletRequest request) {
        return request.getParameter(org.idic.crm.web.form.Baseline.PARAMETER);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null || !"GET".equals(request.getMethod()) ? path : path + "?" + query;
    }
}
