package org.idic.crm.app.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import page's URLs name an upload or an import of the signed-in user: the probe gets one made for
 * them (a small customers file uploaded in their session; an import recorded for them), so that the answer
 * says whether the role may pass, not that the upload does not exist. Someone who may not import gets an
 * id that exists for nobody: security refuses them before it is looked up.
 */
final class ImportProbes {

    static final String NOBODYS_UPLOAD = "00000000-0000-0000-0000-000000000000";

    private ImportProbes() {
    }

    static String target(String pattern, MockMvc mvc, JdbcTemplate jdbc, MockHttpSession session) throws Exception {
        String user = user(session);
        boolean staff = user != null && !user.startsWith("rep");
        if (pattern.contains("{upload}")) {
            return pattern.replace("{upload}", staff ? upload(mvc, session) : NOBODYS_UPLOAD);
        }
        if (pattern.startsWith("/imports/batches/{id}")) {
            return pattern.replace("{id}", staff ? String.valueOf(batch(jdbc, user)) : "0");
        }
        return pattern;
    }

    private static String upload(MockMvc mvc, MockHttpSession session) throws Exception {
        byte[] csv = "number,name,owner\nP-1,Probe,rep1\n".getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "probe.csv", "text/csv",
                csv)).param("kind", "customers").with(csrf()).session(session)).andReturn().getResponse()
                .getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("the probe's upload was refused");
        }
        return location.substring("/imports/".length());
    }

    /** An import of nothing, recorded for the user (undoing it changes nothing else). */
    private static long batch(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("""
                insert into import_batch (user_id, kind, mode, file_name, rows_read, created, updated, unchanged,
                                          started_at, finished_at)
                select id, 'CUSTOMERS', 'CREATE', 'probe.csv', 0, 0, 0, 0, now(), now() from app_user
                where username = ? returning id""", Long.class, username);
    }

    private static String user(MockHttpSession session) {
        Object context = session == null ? null : session.getAttribute("SPRING_SECURITY_CONTEXT");
        if (!(context instanceof SecurityContext security) || security.getAuthentication() == null) {
            return null;
        }
        return security.getAuthentication().getName();
    }
}
