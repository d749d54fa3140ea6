package org.idic.crm.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.idic.crm.CrmApplication;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session at once, each adding the same new attribute, as the session store sees
 * them: both read the session before either saves. The second save used to fail on the attribute
 * table's primary key (seen in the pool drill, where it broke even the 503 page).
 */
class SessionAttributesTest {

    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeBothSave() {
        TestDatabase.Connection db = TestDatabase.newDatabase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username="
                        + db.username(), "--spring.datasource.password=" + db.password(),
                "--crm.demo.enabled=true", "--crm.demo.book=false")) {
            @SuppressWarnings("unchecked")
            SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) app.getBean(
                    JdbcIndexedSessionRepository.class);
            Session created = sessions.createSession();
            sessions.save(created);

            Session first = sessions.findById(created.getId());
            Session second = sessions.findById(created.getId());
            first.setAttribute("notice", "from the first request");
            second.setAttribute("notice", "from the second request");
            sessions.save(first);
            sessions.save(second);

            assertThat((String) sessions.findById(created.getId()).getAttribute("notice"))
                    .isEqualTo("from the second request");
        }
    }
}
