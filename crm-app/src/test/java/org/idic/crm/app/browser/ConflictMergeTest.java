package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two people edit one customer at once (issue 9, defect 4). The second to save gets the conflict page,
 * which merges three ways: what the first saved stays where the second did not type, only the fields
 * both changed are shown (before, theirs, yours), and each can be settled either way.
 */
class ConflictMergeTest extends BrowserJourney {

    private static final By SAVE = By.cssSelector("form button[type=submit].btn-primary");

    Tab manager;
    Tab rep;

    @BeforeEach
    void twoBrowsers() {
        manager = browser(0);
        rep = browser(1);
    }

    @Test
    void savingAgainKeepsTheirChangesAndMine() {
        Long id = customer(0);
        Map<String, Object> before = jdbc.queryForMap("select phone, city, notes from customer where id = ?", id);
        manager.begin(port, "conflict-keep-mine").signIn("manager1", "en", "/customers/" + id + "/edit");
        rep.begin(port, "conflict-keep-mine-rep").signIn("rep1", "en", "/customers/" + id + "/edit");

        manager.type(By.id("phone"), "+86 21 5555 0101").type(By.id("city"), "Suzhou")
                .follow(SAVE, "manager-saved");
        rep.type(By.id("city"), "Ningbo").type(By.id("notes"), "Met at the fair");
        rep.expectStatus(409).follow(SAVE, "conflict");

        assertThat(conflictFields(rep)).containsExactly("city");
        WebElement city = rep.find(By.cssSelector("#conflict [data-field='city']"));
        assertThat(city.findElement(By.cssSelector(".conflict-base")).getText()).isEqualTo(text(before.get("city")));
        assertThat(city.findElement(By.cssSelector(".conflict-theirs")).getText()).isEqualTo("Suzhou");
        assertThat(city.findElement(By.cssSelector(".conflict-yours")).getText()).isEqualTo("Ningbo");
        assertThat(rep.value(By.id("phone"))).isEqualTo("+86 21 5555 0101");
        assertThat(rep.value(By.id("notes"))).isEqualTo("Met at the fair");

        rep.follow(SAVE, "saved-again");
        assertThat(jdbc.queryForMap("select phone, city, notes from customer where id = ?", id))
                .containsEntry("phone", "+86 21 5555 0101").containsEntry("city", "Ningbo")
                .containsEntry("notes", "Met at the fair");
    }

    @Test
    void aFieldBothChangedCanKeepTheirValue() {
        Long id = customer(1);
        manager.begin(port, "conflict-keep-theirs").signIn("manager1", "zh-CN", "/customers/" + id + "/edit");
        rep.begin(port, "conflict-keep-theirs-rep").signIn("rep1", "zh-CN", "/customers/" + id + "/edit");

        manager.type(By.id("phone"), "+86 21 5555 0202").type(By.id("city"), "杭州").follow(SAVE, "manager-saved");
        rep.type(By.id("city"), "宁波").type(By.id("notes"), "展会上见过");
        rep.expectStatus(409).follow(SAVE, "conflict");
        assertThat(conflictFields(rep)).containsExactly("city");

        rep.find(By.cssSelector("#conflict [data-field='city'] input[name='_keepTheirs']")).click();
        rep.follow(SAVE, "saved-again");
        assertThat(jdbc.queryForMap("select phone, city, notes from customer where id = ?", id))
                .containsEntry("phone", "+86 21 5555 0202").containsEntry("city", "杭州")
                .containsEntry("notes", "展会上见过");
    }

    private static java.util.List<String> conflictFields(Tab tab) {
        return tab.all(By.cssSelector("#conflict [data-field]")).stream().map(e -> e.getDomAttribute("data-field"))
                .toList();
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }

    private Long customer(int nth) {
        return jdbc.queryForObject("select c.id from customer c join app_user u on u.id = c.owner_id where"
                + " u.username = 'rep1' and c.kind = 'ORGANISATION' order by c.id desc offset ? limit 1", Long.class,
                nth + 3);
    }
}
