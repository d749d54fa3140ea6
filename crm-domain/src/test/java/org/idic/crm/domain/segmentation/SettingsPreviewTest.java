package org.idic.crm.domain.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.tier.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The preview against tiers worked out by hand (see {@link TierFixture}). */
@SpringBootTest
@WithTestDatabase
class SettingsPreviewTest {

    /** MVC share 0.5 instead of 0.2. */
    static final SegmentationSettings HALF = TierFixture.BASELINE.toBuilder().mvcShare(0.5).build();

    @Autowired
    TierFixture fixture;
    @Autowired
    Scenario scenario;
    @Autowired
    SettingsPreview preview;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMatrixCountsEveryCustomerFromTheSnapshotTierToThePreviewedTier() {
        TierFixture.Book book = fixture.withSnapshot();
        // after the run: a new buyer B11 (the most valuable of all) and a prospect deleted
        fixture.buyer("B11", 11);
        jdbc.update("delete from customer where id = ?", book.prospect2());

        TierPreview result = preview.preview(scenario.actor("admin"), HALF);

        // 12 buyers, ceil(0.5 · 12) = 6 MVCs: B6..B11; snapshot MVCs were B8..B10
        assertThat(result.asOf()).isEqualTo(LocalDate.now());
        assertThat(result.customers()).isEqualTo(13);
        assertThat(result.hasSnapshot()).isTrue();
        assertThat(result.snapshotAsOf()).isEqualTo(LocalDate.now());
        assertThat(result.row(Tier.MVC).counts()).containsExactly(3, 0, 0, 0, 0);
        assertThat(result.row(Tier.MGC).counts()).containsExactly(0, 0, 0, 0, 0);
        assertThat(result.row(Tier.MAINTAIN).counts()).containsExactly(2, 0, 5, 0, 0);
        assertThat(result.row(Tier.BZ).counts()).containsExactly(0, 0, 0, 1, 0);
        assertThat(result.row(Tier.PROSPECT).counts()).containsExactly(0, 0, 0, 0, 1);
        assertThat(result.row(null).counts()).containsExactly(1, 0, 0, 0, 0);
        assertThat(result.row(Tier.MAINTAIN).total()).isEqualTo(7);
        assertThat(result.previewed()).containsExactly(6, 0, 5, 1, 1);
        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.notInSnapshot()).isEqualTo(1);
        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.clvModel()).isEqualTo("RETENTION_FALLBACK");
    }

    @Test
    void theSameSettingsChangeNoTier() {
        fixture.withSnapshot();

        TierPreview result = preview.preview(scenario.actor("admin"), TierFixture.BASELINE);

        assertThat(result.changed()).isZero();
        assertThat(result.previewed()).containsExactly(3, 0, 7, 1, 2);
        assertThat(result.row(Tier.MAINTAIN).counts()).containsExactly(0, 0, 7, 0, 0);
    }

    @Test
    void aPreviewStoresNothing() {
        fixture.withSnapshot();
        List<Object> before = footprint();

        preview.preview(scenario.actor("admin"), HALF);

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void withoutASnapshotEveryCustomerIsNewAndThePreviewedCountsAreGiven() {
        fixture.customers();

        TierPreview result = preview.preview(scenario.actor("admin"), HALF);

        // 11 buyers: ceil(5.5) = 6 MVCs (B5..B10), B1..B4 maintain
        assertThat(result.hasSnapshot()).isFalse();
        assertThat(result.snapshotAsOf()).isNull();
        assertThat(result.previewed()).containsExactly(6, 0, 4, 1, 2);
        assertThat(result.row(null).counts()).containsExactly(6, 0, 4, 1, 2);
        assertThat(result.changed()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from segmentation_run", Integer.class)).isZero();
    }

    @Test
    void onlyAdministratorsPreviewAndOnlyValidSettings() {
        fixture.customers();

        assertThatThrownBy(() -> preview.preview(scenario.actor("manager1"), HALF))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> preview.preview(scenario.actor("rep1"), HALF))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> preview.preview(scenario.actor("admin"), HALF.toBuilder().rfmK(11).build()))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems())
                        .extracting(p -> p.field()).containsExactly("rfmK"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'"
                + " and details = 'preview'", Integer.class)).isEqualTo(2);
    }

    /** Everything a run or a save would leave behind (once the audit lines of what came before are written). */
    private List<Object> footprint() {
        scenario.awaitEvents();
        return jdbc.queryForList("""
                select (select count(*) from segmentation_run), (select count(*) from segmentation_current),
                       (select run_id from segmentation_current), (select count(*) from customer_score),
                       (select count(*) from score_history), (select count(*) from segmentation_settings),
                       (select count(*) from audit_event),
                       (select count(*) from pg_inherits i join pg_class p on p.oid = i.inhparent
                        where p.relname = 'customer_score')""").get(0).values().stream().map(Object.class::cast)
                .toList();
    }
}
