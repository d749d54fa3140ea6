package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Changes of many customers from the list (issue 9): a manager ticks two of a rep's customers and tags
 * them (someone edits one meanwhile: the change is refused whole and confirmed again), gives all that
 * carry the tag to another rep and back, and takes the tag off again: the demo book ends as it began.
 */
class BulkActionsJourneyTest extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aManagerTagsTicksReassignsAllThatMatchAndUndoesIt(String language) {
        String tag = "journey-" + language;
        Long rep1 = userId("rep1");
        Long rep2 = userId("rep2");
        tab.begin(port, "bulk").signIn("manager1", language, "/customers?owner=" + rep2);
        List<WebElement> boxes = tab.all(By.cssSelector("#customers tbody input.row-select"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        List<Long> chosen = List.of(Long.valueOf(boxes.get(0).getDomAttribute("value")),
                Long.valueOf(boxes.get(1).getDomAttribute("value")));
        boxes.get(0).click();
        boxes.get(1).click();
        assertThat(tab.text(By.id("bulk-count"))).contains("2");
        tab.choose(By.id("bulk-action"), "ADD_TAG").type(By.id("bulk-tag"), tag);
        tab.follow(By.id("bulk-review"), "review-tag");
        assertThat(tab.text(By.id("bulk-summary"))).contains("2").contains(tag);

        // someone saves one of the two meanwhile: nothing changes, and the confirmation shows again
        jdbc.update("update customer set version = version + 1 where id = ?", chosen.get(1));
        tab.follow(By.id("bulk-confirm"), "conflict");
        assertThat(tab.find(By.id("bulk-conflict")).isDisplayed()).isTrue();
        assertThat(withTag(tag)).isZero();
        tab.follow(By.id("bulk-confirm"), "tagged");
        assertThat(tab.text(By.id("flash-text"))).contains("2").contains(tag);
        assertThat(withTag(tag)).isEqualTo(2);

        tab.open("/customers?tag=" + tag, "tag-filter");
        reassignAll(rep1, "to-rep1");
        assertThat(owners(chosen)).containsOnly(rep1);
        tab.open("/customers?tag=" + tag, "tag-filter-again");
        reassignAll(rep2, "back-to-rep2");
        assertThat(owners(chosen)).containsOnly(rep2);

        tab.open("/customers?tag=" + tag, "untag");
        tab.find(By.id("bulk-all")).click();
        tab.choose(By.id("bulk-action"), "REMOVE_TAG").type(By.id("bulk-tag"), tag);
        tab.follow(By.id("bulk-review"), "review-untag");
        tab.follow(By.id("bulk-confirm"), "untagged");
        assertThat(withTag(tag)).isZero();
        assertThat(tab.text(By.id("result-count"))).isNotEmpty();
    }

    @Test
    void aRepIsOfferedTagsButNotReassignment() {
        tab.begin(port, "bulk-rep").signIn("rep1", "en", "/customers");
        assertThat(tab.all(By.cssSelector("#bulk-action option")).stream().map(o -> o.getDomAttribute("value")))
                .containsExactly("ADD_TAG", "REMOVE_TAG");
        assertThat(tab.all(By.id("bulk-owner"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void onAPhoneEachCardCanBeTickedAndTheConfirmationFits(String language) {
        tab.begin(port, "bulk-phone").at(Tab.PHONE).signIn("manager1", language, "/customers?owner=" + userId("rep2"));
        assertThat(Layout.pageFitsTheWidth(tab)).as("list").isEmpty();
        WebElement box = tab.all(By.cssSelector("#customers tbody input.row-select")).get(0);
        tab.scrollTo(box);
        assertThat(box.isDisplayed()).isTrue();
        assertThat(box.getRect().getWidth()).isGreaterThanOrEqualTo(20);
        // inside its card, not hanging over the card's edge
        var card = tab.all(By.cssSelector("#customers tbody tr")).get(0).getRect();
        assertThat(box.getRect().getX() + box.getRect().getWidth()).isLessThanOrEqualTo(card.getX() + card.getWidth());
        assertThat(box.getRect().getX()).isGreaterThanOrEqualTo(card.getX());
        assertThat(tab.js("var b = document.querySelector('#customers').parentElement;"
                + " return b.scrollWidth <= b.clientWidth")).as("the cards do not scroll sideways").isEqualTo(true);
        box.click();
        assertThat(box.isSelected()).isTrue();
        tab.type(By.id("bulk-tag"), "phone-" + language);
        tab.shot("ticked");
        tab.follow(By.id("bulk-review"), "review");
        assertThat(Layout.pageFitsTheWidth(tab)).as("confirmation").isEmpty();
        assertThat(tab.text(By.id("bulk-summary"))).contains("1");
        tab.follow(By.id("bulk-cancel"), "cancelled");
        assertThat(withTag("phone-" + language)).isZero();
    }

    private void reassignAll(Long owner, String step) {
        tab.find(By.id("bulk-all")).click();
        tab.choose(By.id("bulk-action"), "REASSIGN").choose(By.id("bulk-owner"), owner.toString());
        tab.follow(By.id("bulk-review"), "review-" + step);
        assertThat(tab.text(By.id("bulk-summary"))).contains("2");
        tab.follow(By.id("bulk-confirm"), step);
        assertThat(tab.text(By.id("flash-text"))).contains("2");
    }

    private long withTag(String tag) {
        return jdbc.queryForObject("select count(*) from customer where ? = any(tags)", Long.class, tag);
    }

    private List<Long> owners(List<Long> ids) {
        return ids.stream().map(id -> jdbc.queryForObject("select owner_id from customer where id = ?", Long.class,
                id)).toList();
    }

    private Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
