package org.idic.crm.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.security.TestUsers;
import org.idic.crm.web.support.DemoUsersExtension;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Long exports must not starve the connection pool: at most {@code crm.exports.max-per-user} (2) per user
 * and {@code crm.exports.max-concurrent} (4) in all run at once; one more gets the "busy, try again"
 * page at once, and the next after one has finished is served. Downloads in progress are held here
 * through the gate itself, as a running export would hold them.
 */
@WebIntegrationTest
@ExtendWith(DemoUsersExtension.class)
class ExportGateTest {

    @Autowired
    ExportGate gate;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    private final List<MockHttpServletRequest> running = new ArrayList<>();

    @AfterEach
    void finishThem() {
        running.forEach(request -> gate.afterCompletion(request, new MockHttpServletResponse(), null, null));
    }

    @Test
    void aUserWithTwoDownloadsRunningIsToldToWaitForThemAndServedAfterwards() throws Exception {
        hold("rep1");
        hold("rep1");

        MvcResult third = export("rep1", "/customers/export");
        assertThat(third.getResponse().getStatus()).isEqualTo(429);
        assertThat(third.getResponse().getHeader("Retry-After")).isEqualTo("30");
        assertThat(export("rep2", "/customers/export").getResponse().getStatus()).as("another user").isEqualTo(200);

        finishThem();
        running.clear();
        assertThat(export("rep1", "/customers/export").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void beyondTheInstancesBoundEveryoneIsToldItIsBusyUntilOneFinishes() throws Exception {
        hold("manager1");
        hold("manager2");
        hold("admin");
        hold("rep3");

        MvcResult refused = export("rep1", "/reports/tiers/export");
        assertThat(refused.getResponse().getStatus()).isEqualTo(503);

        gate.afterCompletion(running.remove(0), new MockHttpServletResponse(), null, null);
        assertThat(export("rep1", "/customers/export").getResponse().getStatus()).isEqualTo(200);
    }

    /** Every download holds a connection while it is prepared, not only the customer list's and the reports'. */
    @Test
    void everyDownloadIsBoundedTheSameWay() throws Exception {
        hold("admin");
        hold("admin");

        for (String url : List.of("/complaints/export", "/audit/export", "/imports/an-upload/rejected",
                "/reports/tiers/export", "/customers/export")) {
            assertThat(export("admin", url).getResponse().getStatus()).as(url).isEqualTo(429);
        }
    }

    private void hold(String user) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers/export");
        request.setRemoteUser(user);
        assertThat(gate.preHandle(request, new MockHttpServletResponse(), null)).isTrue();
        running.add(request);
    }

    private MvcResult export(String user, String url) throws Exception {
        return mvc.perform(get(url).param("format", "csv").with(TestUsers.as(accounts, user))).andReturn();
    }
}
