package org.idic.crm.segmentation;

import java.util.List;
import org.idic.crm.segmentation.clv.BgNbd;
import org.idic.crm.segmentation.clv.BgNbdFit;
import org.idic.crm.segmentation.clv.ClvInputs;
import org.idic.crm.segmentation.clv.ClvModel;
import org.idic.crm.segmentation.clv.ClvPrediction;
import org.idic.crm.segmentation.clv.FallbackReason;
import org.idic.crm.segmentation.clv.GammaGamma;
import org.idic.crm.segmentation.clv.GammaGammaFit;
import org.idic.crm.segmentation.clv.ModelReport;
import org.idic.crm.segmentation.settings.SegmentationSettings;

/** Fits the CLV models, or decides to fall back, and predicts CLV (spec §4). */
final class ClvStage {

    private ClvStage() {
    }

    static void run(SegmentationResult r, SegmentationEngine.Population p, int asOfDay, ProgressListener listener,
                    List<StageTiming> timings, long start) {
        SegmentationSettings s = r.settings;
        java.util.Arrays.fill(r.pAlive, Double.NaN);
        java.util.Arrays.fill(r.expectedPurchases, Double.NaN);
        java.util.Arrays.fill(r.expectedAvgValue, Double.NaN);
        java.util.Arrays.fill(r.predictedClv, Double.NaN);
        r.discountSum = ClvPrediction.discountSum(s);
        int m = p.purchaserCount();
        if (m < s.minCustomersForModel()) {
            fallback(r, p, FallbackReason.TOO_FEW_CUSTOMERS, null, null, listener, timings, start);
            return;
        }
        ClvInputs in = ClvInputs.of(r.facts, p.purchasers(), m, asOfDay, s.timeUnit());
        listener.progress(Stage.FIT_BG_NBD, 0, 1);
        BgNbdFit bg = BgNbd.fit(in.x(), in.tx(), in.t());
        listener.progress(Stage.FIT_BG_NBD, 1, 1);
        start = SegmentationEngine.lap(timings, Stage.FIT_BG_NBD, start);
        if (bg.model() == null) {
            fallback(r, p, FallbackReason.BG_NBD_NOT_CONVERGED, bg, null, listener, timings, start);
            return;
        }
        listener.progress(Stage.FIT_GAMMA_GAMMA, 0, 1);
        GammaGammaFit gg = GammaGamma.fit(in.x(), in.mx());
        listener.progress(Stage.FIT_GAMMA_GAMMA, 1, 1);
        start = SegmentationEngine.lap(timings, Stage.FIT_GAMMA_GAMMA, start);
        FallbackReason problem = gg.customers() == 0 ? FallbackReason.GAMMA_GAMMA_NO_REPEAT_BUYERS
                : gg.model() == null ? FallbackReason.GAMMA_GAMMA_NOT_CONVERGED
                : gg.q() <= 1 ? FallbackReason.GAMMA_GAMMA_NO_FINITE_MEAN : null;
        if (problem != null) {
            fallback(r, p, problem, bg, gg, listener, timings, start);
            return;
        }
        boolean finite = ClvPrediction.byModel(bg.model(), gg.model(), in, r.facts, s, r.pAlive, r.expectedPurchases,
                r.expectedAvgValue, r.predictedClv, (done, total) -> listener.progress(Stage.CLV, done, total));
        if (!finite) {
            fallback(r, p, FallbackReason.PREDICTION_NOT_FINITE, bg, gg, listener, timings, start);
            return;
        }
        r.modelReport = new ModelReport(ClvModel.BG_NBD_GAMMA_GAMMA, null, m, s.minCustomersForModel(), s.timeUnit(), bg, gg);
        SegmentationEngine.lap(timings, Stage.CLV, start);
    }

    private static void fallback(SegmentationResult r, SegmentationEngine.Population p, FallbackReason reason,
                                 BgNbdFit bg, GammaGammaFit gg, ProgressListener listener, List<StageTiming> timings,
                                 long start) {
        SegmentationSettings s = r.settings;
        listener.progress(Stage.CLV, 0, 1);
        ClvPrediction.byRetention(p.purchasers(), p.purchaserCount(), r.facts, s, r.pAlive, r.expectedPurchases,
                r.expectedAvgValue, r.predictedClv);
        listener.progress(Stage.CLV, 1, 1);
        r.modelReport = new ModelReport(ClvModel.RETENTION_FALLBACK, reason, p.purchaserCount(), s.minCustomersForModel(),
                s.timeUnit(), bg, gg);
        SegmentationEngine.lap(timings, Stage.CLV, start);
    }
}
