package org.idic.crm.app.startup;

import org.idic.crm.app.demo.DemoData;
import org.idic.crm.domain.support.DemoMode;
import org.idic.crm.domain.support.DemoProperties;
import org.idic.crm.domain.user.UserBootstrap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Before the web server opens, makes sure someone can sign in: the demo users (and the demo book of
 * business) in demo mode, else the first administrator from {@code CRM_ADMIN_USERNAME} /
 * {@code CRM_ADMIN_PASSWORD}.
 */
@Component
@EnableConfigurationProperties(AdminProperties.class)
class FirstUsers implements SmartInitializingSingleton {

    private final UserBootstrap bootstrap;
    private final DemoMode demoMode;
    private final DemoData demoData;
    private final AdminProperties admin;
    private final boolean demoBook;

    FirstUsers(UserBootstrap bootstrap, DemoMode demoMode, DemoData demoData, AdminProperties admin,
            DemoProperties demo) {
        this.bootstrap = bootstrap;
        this.demoMode = demoMode;
        this.demoData = demoData;
        this.admin = admin;
        this.demoBook = demo.book();
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean firstStart = bootstrap.ensureUsers(demoMode.enabled(), admin.username(), admin.password());
        if (firstStart && demoMode.enabled() && demoBook) {
            demoData.createIfEmpty();
            demoData.segmentTwice();
        }
    }
}
