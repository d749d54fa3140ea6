package org.idic.crm.app.startup;

import org.idic.crm.domain.support.DemoMode;
import org.idic.crm.domain.user.UserBootstrap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Before the web server opens, makes sure someone can sign in: the demo users in demo mode, else the
 * first administrator from {@code CRM_ADMIN_USERNAME} / {@code CRM_ADMIN_PASSWORD}.
 */
@Component
class FirstUsers implements SmartInitializingSingleton {

    private final UserBootstrap bootstrap;
    private final DemoMode demoMode;
    private final String adminUsername;
    private final String adminPassword;

    FirstUsers(UserBootstrap bootstrap, DemoMode demoMode,
            @Value("${crm.admin.username:}") String adminUsername,
            @Value("${crm.admin.password:}") String adminPassword) {
        this.bootstrap = bootstrap;
        this.demoMode = demoMode;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        bootstrap.ensureUsers(demoMode.enabled(), adminUsername, adminPassword);
    }
}
