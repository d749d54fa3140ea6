package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.Interactions;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Interactions from a file, written as if logged by hand: the customer's last activity moves on, an open
 * follow-up is made, the team report's daily counts follow; keyed by external id (else customer, time,
 * channel and summary), all or nothing, undone.
 */
@SpringBootTest
@WithTestDatabase
class ImportInteractionsTest {

    static final String HEADER = "external_id,customer_number,occurred_at,channel,direction,purpose,summary,notes,"
            + "duration_minutes,mood,owner,follow_up_on\n";
    static final String LOCAL = "to_char(i.occurred_at at time zone (select zone from business_zone),"
            + " 'YYYY-MM-DD HH24:MI')";

    @Autowired
    Imports imports;
    @Autowired
    Interactions interactions;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void customers() {
        scenario.reset();
        ImportReport customers = run("admin", ImportMode.CREATE, ImportKind.CUSTOMERS,
                "number,name,owner,tags\nK-1,Acme,rep1,vip\nK-2,Bolt,rep3,\n");
        assertThat(customers.problems()).isEmpty();
    }

    ImportReport run(String user, ImportMode mode, String csv) {
        return run(user, mode, ImportKind.INTERACTIONS, csv);
    }

    ImportReport run(String user, ImportMode mode, ImportKind kind, String csv) {
        return imports.run(scenario.actor(user), ImportRequest.of(kind, mode,
                ImportFiles.csv(dir, kind + "-" + System.nanoTime() + ".csv", csv)), ImportProgress.NONE);
    }

    List<String> interactionRows() {
        return jdbc.queryForList("select coalesce(i.external_id, '-') || ' ' || c.customer_number || ' ' || " + LOCAL
                + " || ' ' || i.channel || ' ' || i.direction || ' ' || i.purpose || ' ' || i.summary || ' '"
                + " || coalesce(i.outcome, '-') || ' ' || coalesce(i.duration_minutes::text, '-') || ' '"
                + " || coalesce(i.mood, '-') || ' ' || u.username || ' ' || coalesce(i.follow_up_on::text, '-') || ' '"
                + " || i.follow_up_done from interaction i join customer c on c.id = i.customer_id"
                + " join app_user u on u.id = i.user_id order by i.id", String.class);
    }

    @Test
    void aCleanFileIsLoggedAsIfByHandWithFollowUpsAndLastActivity() {
        jdbc.update("update customer set last_activity_at = timestamptz '2020-01-01 00:00:00+00'");
        Instant started = Instant.now().minusSeconds(1);

        ImportReport report = run("admin", ImportMode.CREATE, HEADER
                + "CALL-1,K-1,2026-03-31 14:30,Phone,OUTBOUND,INFORMATION,Asked about the catalogue,Orders next week,"
                + "15,POSITIVE,,2026-04-07\n"
                + ",K-2,2026-04-01,EMAIL,,,Sent the price list,,,,rep2,\n");

        assertThat(report.problems()).isEmpty();
        assertThat(List.of(report.create(), report.update(), report.unchanged())).containsExactly(2L, 0L, 0L);
        assertThat(interactionRows()).containsExactly(
                "CALL-1 K-1 2026-03-31 14:30 PHONE OUTBOUND INFORMATION Asked about the catalogue Orders next week 15"
                        + " POSITIVE rep1 2026-04-07 false",
                "- K-2 2026-04-01 00:00 EMAIL OUTBOUND INFORMATION Sent the price list - - - rep2 - false");
        assertThat(jdbc.queryForList("select last_activity_at from customer", Timestamp.class))
                .allSatisfy(at -> assertThat(at.toInstant()).isAfter(started));
        assertThat(jdbc.queryForObject("select count(*) from interaction where follow_up_on is not null"
                + " and not follow_up_done", Integer.class)).isOne();
        assertTheDailyCountsAreThoseOfARecount();
    }

    @Test
    void everyBadRowIsReportedWithLineColumnAndReasonAndNothingIsWritten() {
        String before = scenario.fingerprint();

        ImportReport report = run("admin", ImportMode.UPSERT, HEADER
                + "A,K-1,2026-03-01 10:00,PHONE,,,Fine,,,,,\n"
                + "B,K-404,2026-03-01,PHONE,,,Unknown customer,,,,,\n"
                + "C,,2026-03-01,PHONE,,,No customer,,,,,\n"
                + "D,K-1,,PHONE,,,No time,,,,,\n"
                + "E,K-1,2026-02-30,PIGEON,SIDEWAYS,GOSSIP,Bad words,,ten,ANGRY,,\n"
                + "F,K-1,2199-01-01,PHONE,,,Far ahead,,,,,2199-02-01\n"
                + "G,K-1,2026-03-10,PHONE,,,Follow-up first,,,,,2026-03-09\n"
                + "H,K-1,2026-03-10,PHONE,,,Too long,,2000,,nobody,\n"
                + "I,K-1,2026-03-10,,,,,,,,,\n"
                + "J,K-1,2026-03-10,PHONE,,,Once,,,,,\n"
                + "J,K-1,2026-03-11,PHONE,,,Twice,,,,,\n");

        assertThat(report.batchId()).isNull();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code())
                .containsExactlyInAnyOrder(
                        "3 customer_number import.customer.unknown",
                        "4 customer_number import.value.required",
                        "5 occurred_at import.value.required",
                        "6 occurred_at import.value.date", "6 channel import.value.enum",
                        "6 direction import.value.enum", "6 purpose import.value.enum",
                        "6 duration_minutes import.value.integer", "6 mood import.value.enum",
                        "7 occurred_at import.value.businessDate", "7 follow_up_on import.value.businessDate",
                        "8 follow_up_on import.interaction.followUpBefore",
                        "9 duration_minutes import.interaction.duration", "9 owner import.owner.unknown",
                        "10 channel import.value.required", "10 summary import.value.required",
                        "12 external_id import.key.duplicate");
        assertThat(report.rejected()).isEqualTo(9);
        assertThat(scenario.fingerprint()).isEqualTo(before);
    }

    @Test
    void importingAgainByExternalIdOrByTheSameTimeChannelAndSummaryCreatesNoDuplicates() {
        String file = HEADER + "CALL-1,K-1,2026-03-01 10:00,PHONE,,,First call,,,,,\n"
                + ",K-1,2026-03-02 11:00,VISIT,,,Visited the shop,,,,,\n";
        run("admin", ImportMode.UPSERT, file);

        ImportReport same = run("admin", ImportMode.UPSERT, file);
        ImportReport changed = run("admin", ImportMode.UPSERT, HEADER
                + "CALL-1,K-1,2026-03-01 10:30,PHONE,,,First call (corrected),Agreed a visit,,,,2026-03-05\n"
                + ",K-1,2026-03-02 11:00,VISIT,INBOUND,,Visited the shop,,45,,,\n"
                + ",K-1,2026-03-03 09:00,MEETING,,,Another,,,,,\n");

        assertThat(List.of(same.create(), same.update(), same.unchanged())).containsExactly(0L, 0L, 2L);
        assertThat(List.of(changed.create(), changed.update(), changed.unchanged())).containsExactly(1L, 2L, 0L);
        assertThat(interactionRows()).containsExactly(
                "CALL-1 K-1 2026-03-01 10:30 PHONE OUTBOUND INFORMATION First call (corrected) Agreed a visit - - rep1"
                        + " 2026-03-05 false",
                "- K-1 2026-03-02 11:00 VISIT INBOUND INFORMATION Visited the shop - 45 - rep1 - false",
                "- K-1 2026-03-03 09:00 MEETING OUTBOUND INFORMATION Another - - - rep1 - false");
        assertTheDailyCountsAreThoseOfARecount();
    }

    @Test
    void createModeRefusesKnownInteractionsUpdateModeUnknownOnesAndNoneMovesToAnotherCustomerOrPerson() {
        run("admin", ImportMode.CREATE, HEADER + "CALL-1,K-1,2026-03-01 10:00,PHONE,,,First call,,,,,\n");
        String file = HEADER + "CALL-1,K-1,2026-03-01 10:00,PHONE,,,First call,Done,,,,\n"
                + "CALL-2,K-1,2026-03-02 10:00,PHONE,,,Second call,,,,,\n";

        assertThat(run("admin", ImportMode.CREATE, file).problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("2 import.key.exists");
        assertThat(run("admin", ImportMode.UPDATE, file).problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("3 import.key.unknown");
        assertThat(run("admin", ImportMode.UPSERT, HEADER + "CALL-1,K-2,2026-03-01 10:00,PHONE,,,First call,,,,,\n"
                + "CALL-1,K-1,2026-03-01 10:00,PHONE,,,First call,,,,rep2,\n").problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.code() + " " + p.argument())
                .containsExactly("2 customer_number import.interaction.otherCustomer K-1",
                        "3 external_id import.key.duplicate 2");
        assertThat(run("admin", ImportMode.UPSERT, HEADER + "CALL-1,K-1,2026-03-01 10:00,PHONE,,,First call,,,,rep2,\n")
                .problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code() + " " + p.argument())
                .containsExactly("2 owner import.interaction.otherOwner rep1");
    }

    @Test
    void undoDeletesCreatedInteractionsRestoresUpdatedOnesAndTheirCountsAndIsRefusedAfterAHandEdit() {
        ImportReport first = run("admin", ImportMode.CREATE, HEADER
                + "CALL-1,K-1,2026-03-01 10:00,PHONE,,,First call,,,,,2026-03-05\n");
        Long id = jdbc.queryForObject("select id from interaction", Long.class);
        jdbc.update("update interaction set follow_up_done = true, follow_up_done_at = occurred_at where id = ?", id);
        String done = interactionRows().get(0);
        ImportReport second = run("admin", ImportMode.UPSERT, HEADER
                + "CALL-1,K-1,2026-03-01 10:00,EMAIL,,,First call,,,,,2026-03-06\n"
                + "CALL-2,K-2,2026-03-02 10:00,PHONE,,,Second call,,,,,\n");
        assertThat(interactionRows().get(0)).endsWith("EMAIL OUTBOUND INFORMATION First call - - - rep1 2026-03-06 false");

        imports.undo(scenario.actor("admin"), second.batchId());

        assertThat(interactionRows()).containsExactly(done);
        assertTheDailyCountsAreThoseOfARecount();
        var view = interactions.get(scenario.actor("rep1"), id);
        interactions.update(scenario.actor("rep1"), id, view.version(), new org.idic.crm.domain.activity
                .InteractionDetails(view.channel(), view.direction(), view.purpose(), view.occurredAt(), 5,
                view.summary(), "Edited by hand", null, null, view.followUpOn()));
        assertThatThrownBy(() -> imports.undo(scenario.actor("admin"), first.batchId()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("import.undo.changedSince [1, CALL-1]");
    }

    @Test
    void undoOfAnImportOfNewInteractionsTakesTheirCountsBack() {
        ImportReport report = run("admin", ImportMode.CREATE, HEADER
                + "CALL-1,K-1,2026-03-01 10:00,PHONE,,,First call,,,,,2026-03-05\n"
                + "CALL-2,K-2,2026-03-02 10:00,VISIT,,,Visit,,,,,\n");

        imports.undo(scenario.actor("admin"), report.batchId());

        assertThat(jdbc.queryForObject("select count(*) from interaction", Integer.class)).isZero();
        for (String table : List.of("interaction_day", "interaction_facet_day")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where interactions <> 0", Integer.class))
                    .as(table).isZero();
        }
        for (String table : List.of("follow_up_day", "follow_up_facet_day")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where due <> 0", Integer.class))
                    .as(table).isZero();
        }
    }

    @Test
    void aManagerImportsForTheirTeamsCustomersAndPeopleOnlyAndRepsNotAtAll() {
        String file = HEADER + "A,K-1,2026-03-01,PHONE,,,Ok,,,,rep2,\nB,K-2,2026-03-01,PHONE,,,Not ours,,,,,\n"
                + "C,K-1,2026-03-01,PHONE,,,Not our rep,,,,rep3,\n";

        ImportReport report = run("manager1", ImportMode.CREATE, file);

        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code())
                .containsExactlyInAnyOrder("3 customer_number import.customer.outsideTeam",
                        "4 owner import.owner.outsideTeam");
        assertThat(jdbc.queryForObject("select count(*) from interaction", Integer.class)).isZero();
        assertThatThrownBy(() -> run("rep1", ImportMode.CREATE, file)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aGb18030FileWithChineseHeadersAndWordsImports() {
        Path file = ImportFiles.csv(dir, "互动.csv", "外部编号,客户编号,互动时间,互动方式,方向,目的,摘要,备注,时长,客户情绪,负责人,跟进日期\r\n"
                + "CALL-7002,K-1,2026/3/31 10:00,电话,主动联系,信息,介绍春季新茶,下周下单,20,满意,rep1,2026-04-07\r\n",
                Charset.forName("GB18030"));

        ImportReport report = imports.run(scenario.actor("admin"),
                ImportRequest.of(ImportKind.INTERACTIONS, ImportMode.CREATE, file), ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(interactionRows()).containsExactly("CALL-7002 K-1 2026-03-31 10:00 PHONE OUTBOUND INFORMATION"
                + " 介绍春季新茶 下周下单 20 POSITIVE rep1 2026-04-07 false");
    }

    /** The daily counts the triggers kept (team report) are those a count from scratch gives. */
    private void assertTheDailyCountsAreThoseOfARecount() {
        Map<String, List<Map<String, Object>>> kept = counts();
        assertThat(kept.get("interaction_day")).isNotEmpty();
        assertThat(kept.get("interaction_facet_day")).isNotEmpty();
        jdbc.queryForObject("select recount_interactions()", Object.class);
        assertThat(kept).isEqualTo(counts());
    }

    private Map<String, List<Map<String, Object>>> counts() {
        return Map.of(
                "interaction_day", jdbc.queryForList("select * from interaction_day where interactions <> 0"
                        + " order by 1, 2, 3"),
                "follow_up_day", jdbc.queryForList("select * from follow_up_day where due <> 0 order by 1, 2"),
                "interaction_facet_day", jdbc.queryForList("select * from interaction_facet_day"
                        + " where interactions <> 0 order by 1, 2, 3, 4, 5"),
                "follow_up_facet_day", jdbc.queryForList("select * from follow_up_facet_day where due <> 0"
                        + " order by 1, 2, 3, 4"));
    }
}
