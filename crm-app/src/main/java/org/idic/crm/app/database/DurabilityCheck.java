package org.idic.crm.app.database;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, asks the database whether it would keep committed changes through an operating-system
 * crash or a power cut. The embedded server refuses to start otherwise; a server of the operator's own
 * (a throw-away test server, say) is theirs to configure, so it gets a loud warning rather than a
 * refusal.
 */
@Component
class DurabilityCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);
    private static final List<String> SETTINGS = List.of("fsync", "full_page_writes");

    private final JdbcTemplate jdbc;

    DurabilityCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String setting : SETTINGS) {
            String value = jdbc.queryForObject("show " + setting, String.class);
            if (!"on".equals(value)) {
                log.warn("DATA AT RISK: the database runs with {} = {}. An operating-system crash or a power cut can "
                        + "lose committed changes or corrupt it. Set {} = on in its postgresql.conf unless this is a "
                        + "throw-away server.", setting, value, setting);
            }
        }
    }
}
