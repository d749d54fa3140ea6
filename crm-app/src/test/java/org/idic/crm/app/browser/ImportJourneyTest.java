package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * An administrator brings a shop's customers and its invoices in (issue 11): uploads the customers,
 * maps the column the import does not know by hand and saves the mapping, sees the dry run reject a bad
 * row and downloads it, uploads the fixed file with the saved mapping, imports it with the progress bar,
 * imports the invoices (Online Retail's columns, matched by themselves), and undoes both imports. In both
 * languages, at desktop and phone width.
 */
class ImportJourneyTest extends BrowserJourney {

    @TempDir
    Path dir;

    static Stream<Arguments> languagesAndWidths() {
        return Stream.of(Arguments.of("en", Tab.DESKTOP), Arguments.of("zh-CN", Tab.DESKTOP),
                Arguments.of("en", Tab.PHONE), Arguments.of("zh-CN", Tab.PHONE));
    }

    @ParameterizedTest
    @MethodSource("languagesAndWidths")
    void anAdministratorImportsCustomersAndInvoicesAndUndoesThem(String language, Tab.Viewport width)
            throws IOException {
        String prefix = "WEB-" + language.substring(0, 2).toUpperCase() + width.name() + "-";
        String mappingName = "Shop " + prefix;
        Path bad = csv("shop-customers.csv", "Client ref,name,email,city,owner\n"
                + prefix + "1,Harbour Tea,orders@harbour.example,Ningbo,rep1\n"
                + prefix + "2,Blue Kiln,not-an-email,Jingdezhen,rep2\n");
        Path fixed = csv("shop-customers-fixed.csv", "Client ref,name,email,city,owner\n"
                + prefix + "1,Harbour Tea,orders@harbour.example,Ningbo,rep1\n"
                + prefix + "2,Blue Kiln,sales@bluekiln.example,Jingdezhen,rep2\n");
        Path invoices = csv("invoices.csv", "InvoiceNo,InvoiceDate,CustomerID,TotalPrice\n"
                + prefix + "536365,2011-12-01 08:26,"  + prefix + "1,139.12\n"
                + prefix + "536366,2011-12-02 08:28," + prefix + "2,22.20\n");

        tab.begin(port, "import-" + width.name()).at(width).signIn("admin", language, "/customers");
        tab.follow(By.id("customers-import"), "import-start");
        assertThat(Layout.pageFitsTheWidth(tab)).as("start").isEmpty();

        upload("customers", bad, "mapping");
        assertThat(tab.find(By.id("column-0")).getDomAttribute("class")).contains("unmapped");
        tab.choose(By.id("field-0"), "number");
        tab.type(By.id("mappingName"), mappingName);
        tab.follow(By.id("save-mapping"), "mapping-saved");
        assertThat(tab.find(By.id("page-done")).getText()).contains(mappingName);
        assertThat(Layout.pageFitsTheWidth(tab)).as("mapping").isEmpty();

        check("report-bad");
        assertThat(tab.text(By.id("count-rejected"))).isEqualTo("1");
        assertThat(tab.text(By.id("problems"))).contains("not-an-email",
                language.equals("en") ? "Not an e-mail address." : "不是电子邮件地址。");
        assertThat(tab.all(By.id("import"))).isEmpty();
        String rejected = Files.readString(tab.download(By.id("download-rejected")), StandardCharsets.UTF_8);
        assertThat(rejected).contains(prefix + "2,Blue Kiln,not-an-email", language.equals("en") ? "Reason" : "原因");
        assertThat(Layout.pageFitsTheWidth(tab)).as("report").isEmpty();

        tab.follow(By.id("upload-again"), "import-again");
        upload("customers", fixed, "mapping-fixed");
        tab.choose(By.id("saved"), mappingName);
        tab.follow(By.id("apply-mapping"), "mapping-applied");
        assertThat(tab.value(By.id("field-0"))).isEqualTo("number");
        check("report-clean");
        assertThat(tab.text(By.id("count-create"))).isEqualTo("2");
        importIt("customers-imported");
        assertThat(jdbc.queryForObject("select count(*) from customer where customer_number like ?", Long.class,
                prefix + "%")).isEqualTo(2);

        tab.follow(By.id("to-history"), "history");
        upload("orders", invoices, "orders-mapping");
        assertThat(tab.value(By.id("field-0"))).isEqualTo("order_number");
        assertThat(tab.value(By.id("field-3"))).isEqualTo("amount");
        check("orders-report");
        importIt("orders-imported");
        assertThat(jdbc.queryForObject("select count(*) from customer_order where order_number like ?", Long.class,
                prefix + "%")).isEqualTo(2);

        tab.follow(By.id("to-history"), "history-two");
        assertThat(Layout.pageFitsTheWidth(tab)).as("history").isEmpty();
        // the invoices first: the customers have orders since their import until then
        tab.confirmingYes().follow(By.cssSelector("#import-history tbody tr:nth-child(1) button.undo"), "undone-orders");
        tab.confirmingYes().follow(By.cssSelector("#import-history tbody tr:nth-child(2) button.undo"), "undone-customers");
        assertThat(tab.all(By.cssSelector(".alert-success"))).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from customer where customer_number like ?", Long.class,
                prefix + "%")).isZero();
    }

    private void upload(String kind, Path file, String step) {
        tab.choose(By.id("kind"), kind);
        tab.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        tab.follow(By.id("upload-submit"), step);
    }

    /** Starts the dry run and waits for its report (the progress page sends the browser on by itself). */
    private void check(String step) {
        tab.scrollTo(tab.find(By.id("check"))).click();
        tab.waitUntil(d -> tab.path().contains("/report"));
        tab.waitUntil(d -> !tab.all(By.id("counts")).isEmpty());
        tab.arrived(step);
    }

    private void importIt(String step) {
        tab.scrollTo(tab.find(By.id("import"))).click();
        tab.waitUntil(d -> tab.path().endsWith("/result") && !tab.all(By.id("import-done")).isEmpty());
        tab.arrived(step);
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
