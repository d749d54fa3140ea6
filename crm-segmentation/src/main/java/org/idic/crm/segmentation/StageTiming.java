package org.idic.crm.segmentation;

/** Wall-clock time one stage of a run took. */
public record StageTiming(Stage stage, long nanos) {

    public double millis() {
        return nanos / 1e6;
    }
}
