package org.idic.crm.app.startup;

import org.idic.crm.app.demo.DemoData;
import org.idic.crm.domain.support.DemoMode;
import org.idic.crm.domain.user.UserBootstrap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Before the web server opens, makes sure someone can sign in: the demo users (and the demo book of
 * business) in demo mode, else the first administrator from {@code CRM_ADMIN_USERNAME} /
 * {@code CRM_ADMIN_PASSWORD}.
 */
@Component
class FirstUsers implements SmartInitializingSingleton {

    private final UserBootstrap bootstrap;
    private final DemoMode demoMode;
    private final DemoData demoData;
    private final String adminUsername;
    private final String adminPassword;
    private final boolean demoBook;

    FirstUsers(UserBootstrap bootstrap, DemoMode demoMode, DemoData demoData,
            @Value("${crm.admin.username:}") String adminUsername,
            @Value("${crm.admin.password:}") String adminPassword, @Value("${crm.demo.book:true}") boolean demoBook) {
        this.bootstrap = bootstrap;
        this.demoMode = demoMode;
        this.demoData = demoData;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.demoBook = demoBook;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean firstStart = bootstrap.ensureUsers(demoMode.enabled(), adminUsername, adminPassword);
        if (firstStart && demoMode.enabled() && demoBook) {
            demoData.createIfEmpty();
            demoData.segmentTwice();
        }
    }
}
