package org.idic.crm.web.imports;

import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.idic.crm.domain.user.UserAccounts;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The import page's steps as a user takes them, through MockMvc. */
final class ImportSteps {

    private final MockMvc mvc;
    private final UserAccounts accounts;

    ImportSteps(MockMvc mvc, UserAccounts accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    MvcResult upload(String user, String kind, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, "text/csv", bytes))
                .param("kind", kind).with(as(accounts, user)).with(csrf())).andReturn();
    }

    /** Uploads a CSV and returns the upload's id (from the redirect to its mapping page). */
    String uploaded(String user, String kind, String csv) throws Exception {
        MvcResult result = upload(user, kind, kind + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("no redirect: " + result.getResponse().getContentAsString());
        }
        return location.substring("/imports/".length());
    }

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(accounts, user))).andReturn().getResponse().getContentAsString();
    }

    /** Sends the mapping form ({@code fields}: one per column, "" for none) with an action; the answer. */
    MvcResult mapping(String user, String id, String action, String mode, List<String> fields) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/imports/" + id + "/mapping").with(as(accounts, user)).with(csrf())
                .param("action", action).param("mode", mode);
        fields.forEach(f -> request.param("field", f));
        return mvc.perform(request).andReturn();
    }

    MvcResult post(String user, String url, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .with(as(accounts, user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    /** Polls the progress page until the job has ended, and returns where it sends the browser. */
    String awaitJob(String user, String id) {
        AtomicReference<String> next = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            MvcResult result = mvc.perform(get("/imports/" + id + "/progress/panel").with(as(accounts, user)))
                    .andReturn();
            next.set(result.getResponse().getHeader("HX-Redirect"));
            return next.get() != null || result.getResponse().getContentAsString().contains("import-failed");
        });
        return next.get();
    }

    /** Checks with the mapping as matched and waits for the report; returns the report page. */
    String check(String user, String id, String mode, List<String> fields) throws Exception {
        mapping(user, id, "check", mode, fields);
        String next = awaitJob(user, id);
        return page(user, next == null ? "/imports/" + id + "/progress" : next);
    }
}
