package org.idic.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.settings.SettingsRequests.field;
import static org.idic.crm.web.settings.SettingsRequests.settingsPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The preview on the settings page, on the customers of {@link TierFixture}. */
@WebIntegrationTest
class SettingsPreviewPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TierFixture fixture;
    @Autowired
    SettingsVersions versions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePreviewShowsTheFromToMatrixKeepsTheTypedValuesAndSavesNothing() throws Exception {
        fixture.withSnapshot();
        String before = footprint();

        String html = mvc.perform(settingsPost("/admin/segmentation/preview", accounts, "admin",
                        versions.current().version(), TierFixture.BASELINE, Map.of("mvcShare", "0.5")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // 11 buyers: ceil(5.5) = 6 MVCs (B5..B10) instead of 3 (B8..B10): B5, B6, B7 move up
        assertThat(html).contains("id=\"preview-matrix\"", "13 customers scored as of",
                "3 customers of the current snapshot would change tier");
        String matrix = html.substring(html.indexOf("id=\"preview-matrix\""), html.indexOf("</table>",
                html.indexOf("id=\"preview-matrix\"")));
        assertThat(cells(matrix, "Maintain")).isEqualTo("3 0 4 0 0 7");
        assertThat(cells(matrix, "MVC (most valuable)")).isEqualTo("3 0 0 0 0 3");
        assertThat(cells(matrix, "Not in the current snapshot")).isEqualTo("0 0 0 0 0 0");
        assertThat(cells(matrix, "Total")).isEqualTo("6 0 4 1 2 13");
        assertThat(field(html, "mvcShare")).contains("value=\"0.5\"");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void withoutASnapshotThePreviewSaysSoAndCountsThePreviewedTiers() throws Exception {
        fixture.customers();

        String html = mvc.perform(settingsPost("/admin/segmentation/preview", accounts, "admin",
                        versions.current().version(), TierFixture.BASELINE, Map.of()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("There is no current snapshot yet", "id=\"preview-counts\"")
                .doesNotContain("id=\"preview-matrix\"");
        String counts = html.substring(html.indexOf("id=\"preview-counts\""));
        assertThat(cells(counts, "MVC (most valuable)")).isEqualTo("3");
        assertThat(cells(counts, "Maintain")).isEqualTo("7");
    }

    @Test
    void invalidSettingsAreNotPreviewed() throws Exception {
        fixture.customers();

        String html = mvc.perform(settingsPost("/admin/segmentation/preview", accounts, "admin",
                        versions.current().version(), TierFixture.BASELINE, Map.of("rfmK", "2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("id=\"preview\"");
        assertThat(field(html, "rfmK")).contains("Must be between 3 and 10.");
    }

    /** The numbers of the table row headed {@code label}, separated by spaces. */
    private static String cells(String table, String label) {
        String header = "<th scope=\"row\" class=\"text-start\">" + label + "</th>";
        int row = table.indexOf(header);
        assertThat(row).as("row " + label).isPositive();
        String tr = table.substring(row + header.length(), table.indexOf("</tr>", row));
        return String.join(" ", tr.replaceAll("<[^>]+>", " ").trim().split("\\s+"));
    }

    private String footprint() {
        return jdbc.queryForObject("""
                select (select count(*) from segmentation_run) || ' ' || (select count(*) from customer_score)
                    || ' ' || (select count(*) from score_history) || ' ' || (select count(*) from segmentation_settings)""",
                String.class);
    }
}
