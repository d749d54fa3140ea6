package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The complaints list (issue 9): a rep reaches it from My day and sees their own, narrows it to the
 * overdue ones, turns the order round and exports it; a manager picks one of the team by handler; on a
 * phone the list is cards.
 */
class ComplaintsListJourneyTest extends BrowserJourney {

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRepFindsTheirComplaintsFromMyDayFiltersSortsAndExports(String language) throws IOException {
        Long rep1 = userId("rep1");
        tab.begin(port, "complaints-rep").signIn("rep1", language, "/");
        tab.follow(By.id("all-complaints"), "complaints");
        List<Long> shown = complaintIds();
        assertThat(shown).isNotEmpty();
        assertThat(shown).allSatisfy(id -> assertThat(jdbc.queryForObject("select c.owner_id from complaint k join"
                + " customer c on c.id = k.customer_id where k.id = ?", Long.class, id)).isEqualTo(rep1));
        assertThat(Layout.tableReadsWell(tab, "complaints")).isEmpty();

        tab.find(By.id("overdue")).click();
        tab.follow(By.id("apply-complaint-filters"), "overdue");
        long overdue = jdbc.queryForObject("select count(*) from complaint k join customer c on c.id = k.customer_id"
                + " where c.owner_id = ? and k.status <> 'CLOSED' and k.due_at < now()", Long.class, rep1);
        assertThat(complaintIds()).hasSize((int) Math.min(overdue, 25));
        tab.open("/complaints", "all-open");

        List<String> soonestFirst = dues();
        tab.follow(By.id("sort-due"), "latest-first");
        assertThat(tab.path()).contains("dir=desc");
        List<String> latestFirst = dues();
        assertThat(latestFirst).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(soonestFirst).isSorted();

        List<String> lines = Files.readAllLines(tab.download(By.cssSelector("#complaint-export a[href*='format=csv']")),
                StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains(messages.getMessage("export.complaints.number", null,
                Locale.forLanguageTag(language)));
        long open = jdbc.queryForObject("select count(*) from complaint k join customer c on c.id = k.customer_id"
                + " where c.owner_id = ? and k.status <> 'CLOSED'", Long.class, rep1);
        assertThat(lines).hasSize((int) (1 + open));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aManagerNarrowsTheTeamsComplaintsToOneHandler(String language) {
        Long rep2 = userId("rep2");
        tab.begin(port, "complaints-manager").signIn("manager1", language, "/complaints?status=ALL");
        tab.choose(By.id("handler"), rep2.toString()).follow(By.id("apply-complaint-filters"), "handler");
        assertThat(tab.path()).contains("handler=" + rep2).contains("status=ALL");
        String name = jdbc.queryForObject("select display_name from app_user where id = ?", String.class, rep2);
        List<String> handlers = tab.all(By.cssSelector("#complaints tbody td:last-child")).stream()
                .map(e -> e.getText().strip()).toList();
        assertThat(handlers).isNotEmpty().containsOnly(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void onAPhoneTheComplaintsAreCards(String language) {
        tab.begin(port, "complaints-phone").at(Tab.PHONE).signIn("rep1", language, "/complaints");
        assertThat(Layout.pageFitsTheWidth(tab)).isEmpty();
        assertThat(complaintIds()).isNotEmpty();
    }

    private List<Long> complaintIds() {
        return tab.all(By.cssSelector("#complaints tbody tr")).stream()
                .map(r -> Long.valueOf(r.getDomAttribute("data-complaint"))).toList();
    }

    private List<String> dues() {
        return tab.all(By.cssSelector("#complaints tbody td.cell-due a")).stream().map(e -> e.getText().strip())
                .toList();
    }

    private Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
