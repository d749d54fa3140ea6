package org.idic.crm.segmentation;

/**
 * Receives progress of a scoring run. Called on the scoring thread, a few hundred times per run at
 * most; {@code done == total} marks the end of a stage. Units differ per stage (customers, optimiser
 * iterations, distinct customer groups), so show done/total as a fraction.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores all progress. */
    ProgressListener NONE = (stage, done, total) -> { };

    void progress(Stage stage, long done, long total);
}
