package org.idic.crm.web.support;

import org.idic.crm.domain.user.UserBootstrap;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test: the demo users exist, enabled, with no language chosen and no failed sign-ins,
 * whatever an earlier test sharing the database did to them.
 */
public class DemoUsersExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        spring.getBean(UserBootstrap.class).ensureUsers(true, null, null);
        JdbcTemplate jdbc = spring.getBean(JdbcTemplate.class);
        jdbc.update("update app_user set enabled = true, locale = null");
        jdbc.update("delete from login_failure");
        jdbc.update("delete from login_lock");
    }
}
