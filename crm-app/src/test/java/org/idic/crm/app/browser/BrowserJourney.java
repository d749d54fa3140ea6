package org.idic.crm.app.browser;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every browser test starts from: the application's port, its database, and a browser window. */
@BrowserTest
abstract class BrowserJourney {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Tab tab;

    /** Skips each test (reported as skipped, with the reason) or fails it in CI when there is no browser. */
    @BeforeEach
    void firstBrowser() {
        tab = browser(0);
    }

    /** The {@code n}th browser (0 or 1), whose people's language choices are kept as the switch keeps them. */
    Tab browser(int n) {
        return Browsers.get(n).languages((user, language) -> jdbc.update(
                "update app_user set locale = ? where username = ?", language, user));
    }
}
