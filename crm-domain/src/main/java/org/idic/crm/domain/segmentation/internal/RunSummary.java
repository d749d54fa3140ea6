package org.idic.crm.domain.segmentation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.clv.BgNbdFit;
import org.idic.crm.segmentation.clv.GammaGammaFit;
import org.idic.crm.segmentation.clv.ModelReport;
import org.idic.crm.segmentation.tier.ValueMatrix;
import tools.jackson.databind.json.JsonMapper;

/** What a run records about itself: the model used and its parameters, customers per tier, timings. */
record RunSummary(int customers, String clvModel, String fallbackReason, String modelJson, String tierCounts) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static RunSummary of(SegmentationResult result, Map<String, Integer> tiers, Map<String, Long> millis) {
        ModelReport report = result.modelReport();
        Map<String, Object> model = new LinkedHashMap<>();
        BgNbdFit bg = report.bgNbd();
        if (bg != null) {
            model.put("bgnbd", ordered("r", bg.r(), "alpha", bg.alpha(), "a", bg.a(), "b", bg.b(),
                    "logLikelihood", bg.logLikelihood(), "converged", bg.converged(), "iterations", bg.iterations()));
        }
        GammaGammaFit gg = report.gammaGamma();
        if (gg != null) {
            model.put("gammaGamma", ordered("p", gg.p(), "q", gg.q(), "v", gg.v(), "logLikelihood", gg.logLikelihood(),
                    "converged", gg.converged()));
        }
        ValueMatrix matrix = result.valueMatrix();
        model.put("valueMatrix", ordered("mvcThreshold", finite(matrix.mvcThreshold()),
                "mgcThreshold", finite(matrix.mgcThreshold()), "rankedCustomers", matrix.rankedCustomers()));
        model.put("timeUnit", report.timeUnit().name());
        return new RunSummary(result.size(), report.model().name(),
                report.fallbackReason() == null ? null : report.fallbackReason().code(), json(model), json(tiers));
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            map.put((String) keysAndValues[i], v instanceof Double d && !Double.isFinite(d) ? null : v);
        }
        return map;
    }
}
