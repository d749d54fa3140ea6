package org.idic.crm.domain.testsupport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.ThresholdMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Customers whose tiers are known by hand, for previews and settings pages. MGC is switched off (an
 * amount nobody reaches), so a tier depends on the current value alone: margin(W) − serviceCost(W).
 * <ul>
 * <li>buyers B1..B10: one order each within W, amount 100·k, cost 50·k: margin 50·k, no service cost;</li>
 * <li>Z: margin 10 and three visits (360): current value below zero, nothing to come: BZ;</li>
 * <li>P1, P2: no orders: PROSPECT.</li>
 * </ul>
 * With {@link #BASELINE} (MVC share 0.20) the 11 buyers give ceil(2.2) = 3 MVCs: B8, B9, B10.
 */
@Component
public class TierFixture {

    /** The defaults with MGC switched off. */
    public static final SegmentationSettings BASELINE = SegmentationSettings.defaults().toBuilder()
            .mgcMode(ThresholdMode.AMOUNT).mgcAmount(1e12).build();

    /** The fixture's customer ids; {@code buyers.get(k - 1)} is Bk. */
    public record Book(List<Long> buyers, Long belowZero, Long prospect1, Long prospect2) {
    }

    private final Scenario scenario;
    private final SettingsVersions settings;
    private final SegmentationRuns runs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TierFixture(Scenario scenario, SettingsVersions settings, SegmentationRuns runs, JdbcTemplate jdbc, Clock clock) {
        this.scenario = scenario;
        this.settings = settings;
        this.runs = runs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Empties everything, makes the customers and saves {@link #BASELINE} as the current settings (version 2). */
    public Book customers() {
        scenario.reset();
        clearSegmentation();
        List<Long> buyers = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            buyers.add(buyer("B" + k, k));
        }
        Long z = scenario.customerOf("rep1", "Z below zero");
        order(z, LocalDate.now(clock).minusDays(30), 100, 90);
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into interaction (customer_id, user_id, channel, direction, purpose, occurred_at,"
                    + " summary) select id, owner_id, 'VISIT', 'OUTBOUND', 'CARE', ?, 'x' from customer where id = ?",
                    Timestamp.from(clock.instant().minus(Duration.ofDays(20 + i))), z);
        }
        Long p1 = scenario.customerOf("rep2", "P1 prospect");
        Long p2 = scenario.customerOf("rep3", "P2 prospect");
        settings.save(scenario.actor("admin"), BASELINE, null);
        return new Book(buyers, z, p1, p2);
    }

    /** {@link #customers()} and a run as of today with {@link #BASELINE}, whose snapshot is current. */
    public Book withSnapshot() {
        Book book = customers();
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
        return book;
    }

    /**
     * {@link #customers()} with B2 given to rep2 (North, like rep1) and B9 to rep3 (South), then a run as
     * of today: the book whose report figures the report tests work out by hand.
     */
    public Book acrossTeamsWithSnapshot() {
        Book book = customers();
        giveTo(book.buyers().get(1), "rep2");
        giveTo(book.buyers().get(8), "rep3");
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
        return book;
    }

    /** Gives a customer to a user and the user's team, behind the services' back (no audit, no check). */
    public void giveTo(Long customer, String username) {
        jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u where u.username = ?"
                + " and c.id = ?", username, customer);
    }

    /** A buyer "Bk": one order within W, amount 100·k, cost 50·k. */
    public Long buyer(String name, int k) {
        Long id = scenario.customerOf("rep1", name);
        order(id, LocalDate.now(clock).minusDays(k), 100L * k, 50L * k);
        return id;
    }

    /** No settings versions, runs or scores. */
    public void clearSegmentation() {
        jdbc.update("truncate segmentation_run, segmentation_current, score_history, segmentation_settings cascade");
        for (String table : jdbc.queryForList("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " join pg_class p on p.oid = i.inhparent where p.relname = 'customer_score'", String.class)) {
            jdbc.execute("drop table " + table);
        }
    }

    private void order(Long customer, LocalDate day, long amount, long cost) {
        jdbc.update("insert into customer_order (customer_id, order_number, order_date, status, channel, amount, cost)"
                + " values (?, 'T-' || nextval('order_number_seq'), ?, 'COMPLETED', 'ONLINE', ?, ?)",
                customer, day, amount, cost);
    }
}
