package org.idic.crm.web.security;

import org.idic.crm.domain.user.UserAccounts;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests made as a real CRM user (as the database has them), without going through the login form. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor as(UserAccounts accounts, String username) {
        var credentials = accounts.credentials(username).orElseThrow();
        return SecurityMockMvcRequestPostProcessors.user(new CrmUser(credentials.user(), credentials.passwordHash()));
    }
}
