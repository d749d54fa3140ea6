package org.idic.crm.domain.segmentation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before anything can start a run, marks failed the runs that an earlier instance left RUNNING when it
 * died, so that a new run can start at once instead of a minute later when their heartbeat goes stale.
 * Runs of other live instances hold the run lock and are left alone.
 */
@Component
class DeadRunsAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DeadRunsAtStart.class);

    private final SegmentationRuns runs;

    DeadRunsAtStart(SegmentationRuns runs) {
        this.runs = runs;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int reaped = runs.reapDeadRuns();
        if (reaped > 0) {
            log.warn("Marked {} segmentation run{} failed: the application stopped while {} ran", reaped,
                    reaped == 1 ? "" : "s", reaped == 1 ? "it" : "they");
        }
    }
}
