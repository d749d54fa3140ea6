package org.idic.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Settings form posts as a browser sends them, and a look at one field of the page that comes back. */
final class SettingsRequests {

    private SettingsRequests() {
    }

    /** The form filled with these settings, loaded at {@code version}, with some fields typed over. */
    static MockHttpServletRequestBuilder settingsPost(String url, UserAccounts accounts, String user, int version,
            SegmentationSettings settings, Map<String, String> typed) {
        MockHttpServletRequestBuilder request = post(url).with(as(accounts, user)).with(csrf())
                .param("version", String.valueOf(version));
        SettingFields.text(settings, null).forEach((name, value) ->
                request.param("values[" + name + "]", typed.getOrDefault(name, value)));
        return request;
    }

    /** The part of the page that belongs to one field: from its label to its help text. */
    static String field(String html, String name) {
        int start = html.indexOf("for=\"s-" + name.replace('.', '-') + "\"");
        assertThat(start).as("field " + name + " on the page").isPositive();
        int end = html.indexOf("class=\"form-text\"", start);
        return html.substring(start, end);
    }
}
