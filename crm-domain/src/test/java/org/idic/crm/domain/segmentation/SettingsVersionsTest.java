package org.idic.crm.domain.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Saving settings against the version the administrator loaded: a concurrent save is never overwritten. */
@SpringBootTest
@WithTestDatabase
class SettingsVersionsTest {

    @Autowired
    SettingsVersions versions;
    @Autowired
    Scenario scenario;
    @Autowired
    TierFixture fixture;

    Actor admin;

    @BeforeEach
    void empty() {
        scenario.reset();
        fixture.clearSegmentation();
        admin = scenario.actor("admin");
    }

    @Test
    void aSaveAgainstTheCurrentVersionCreatesTheNextAndSaysWhatChanged() {
        int loaded = versions.current().version();
        SegmentationSettings edited = SegmentationSettings.defaults().toBuilder().mvcShare(0.25)
                .channelCosts(java.util.Map.of(org.idic.crm.segmentation.settings.Channel.VISIT, 99.0,
                        org.idic.crm.segmentation.settings.Channel.PHONE, 15.0,
                        org.idic.crm.segmentation.settings.Channel.EMAIL, 5.0,
                        org.idic.crm.segmentation.settings.Channel.LETTER, 10.0,
                        org.idic.crm.segmentation.settings.Channel.WEBSITE, 1.0,
                        org.idic.crm.segmentation.settings.Channel.INSTANT_MESSAGE, 3.0,
                        org.idic.crm.segmentation.settings.Channel.MEETING, 150.0,
                        org.idic.crm.segmentation.settings.Channel.EVENT, 80.0)).build();

        SettingsVersion saved = versions.save(admin, loaded, edited, "0 0 2 * * *");

        assertThat(saved.version()).isEqualTo(loaded + 1);
        assertThat(saved.createdBy()).isEqualTo("admin");
        assertThat(saved.changes()).isEqualTo("{\"channelCosts.VISIT\":[\"120.0\",\"99.0\"],"
                + "\"mvcShare\":[\"0.2\",\"0.25\"],\"scheduleCron\":[null,\"0 0 2 * * *\"]}");
    }

    @Test
    void aSaveFromAFormLoadedBeforeSomeoneElseSavedIsRefusedAndTheirVersionStays() {
        int loaded = versions.current().version();
        versions.save(admin, loaded, SegmentationSettings.defaults().toBuilder().mvcShare(0.3).build(), null);

        assertThatThrownBy(() -> versions.save(admin, loaded,
                SegmentationSettings.defaults().toBuilder().mvcShare(0.4).build(), null))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(e -> assertThat(((ConcurrentEditException) e).currentVersion()).isEqualTo(loaded + 1));

        assertThat(versions.current().version()).isEqualTo(loaded + 1);
        assertThat(versions.current().settings().mvcShare()).isEqualTo(0.3);
        assertThat(versions.history()).hasSize(2);
    }

    @Test
    void invalidSettingsAreReportedBeforeAnyVersionConflict() {
        versions.save(admin, versions.current().version(), TierFixture.BASELINE, null);

        assertThatThrownBy(() -> versions.save(admin, 1, SegmentationSettings.defaults().toBuilder().rfmK(11).build(),
                "not cron"))
                .isInstanceOf(InvalidSettingsException.class);
    }

    @Test
    void twoSavesAtTheSameMomentFromTheSameVersionLeaveExactlyOneWinner() throws Exception {
        int loaded = versions.current().version();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<SettingsVersion>> saves = new ArrayList<>();
        for (double share : new double[] {0.3, 0.4}) {
            saves.add(pool.submit(() -> {
                start.await();
                return versions.save(admin, loaded, SegmentationSettings.defaults().toBuilder().mvcShare(share)
                        .build(), null);
            }));
        }
        start.countDown();
        int succeeded = 0;
        int conflicted = 0;
        for (Future<SettingsVersion> save : saves) {
            try {
                save.get();
                succeeded++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConcurrentEditException.class);
                conflicted++;
            }
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        assertThat(conflicted).isEqualTo(1);
        assertThat(versions.history()).hasSize(2);
    }

    @Test
    void restoringMakesAnEarlierVersionCurrentAsANewVersionUnlessSomeoneSavedMeanwhile() {
        int first = versions.current().version();
        versions.save(admin, first, TierFixture.BASELINE, "0 0 3 * * *");

        assertThatThrownBy(() -> versions.restore(admin, first, first)).isInstanceOf(ConcurrentEditException.class);
        SettingsVersion restored = versions.restore(admin, first + 1, first);

        assertThat(restored.version()).isEqualTo(first + 2);
        assertThat(restored.settings()).isEqualTo(SegmentationSettings.defaults());
        assertThat(restored.scheduleCron()).isNull();
        assertThat(restored.changes()).contains("\"mgcMode\":[\"AMOUNT\",\"SHARE\"]", "\"scheduleCron\":[\"0 0 3 * * *\",null]");
    }
}
