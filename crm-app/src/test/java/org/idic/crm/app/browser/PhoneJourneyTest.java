package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** A rep on a phone, 390 px wide (issue 9): the list, a customer and My day, none scrolling sideways. */
class PhoneJourneyTest extends BrowserJourney {


    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRepOnAPhone(String language) {
        // the language chosen with the switch in the phone's menu
        tab.begin(port, "phone").at(Tab.PHONE).signIn("rep1", "en", "/").language(language);
        assertThat(Layout.pageFitsTheWidth(tab)).as("my day").isEmpty();
        tab.find(By.cssSelector(".navbar-toggler")).click();
        tab.waitUntil(d -> tab.find(By.cssSelector("#mainNav a[href='/customers']")).isDisplayed());
        tab.shot("menu");
        tab.follow(By.cssSelector("#mainNav a[href='/customers']"), "list");
        assertThat(Layout.pageFitsTheWidth(tab)).as("list").isEmpty();
        tab.follow(By.cssSelector("#customers tbody tr a"), "customer");
        assertThat(Layout.pageFitsTheWidth(tab)).as("customer").isEmpty();
        assertThat(tab.find(By.id("customer-name")).getRect().getY()).isLessThan(Tab.PHONE.height());
        tab.open("/", "my-day");
        assertThat(Layout.pageFitsTheWidth(tab)).as("my day").isEmpty();
    }
}
