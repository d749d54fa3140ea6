package org.idic.crm.segmentation.cli;

import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.StageTiming;
import org.idic.crm.segmentation.clv.BgNbdFit;
import org.idic.crm.segmentation.clv.GammaGammaFit;
import org.idic.crm.segmentation.clv.ModelReport;
import org.idic.crm.segmentation.tier.ValueMatrix;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The fitted models as JSON, for {@code fit} and {@code score --model-out}. */
final class ModelJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ModelJson() {
    }

    /** {"bgnbd":{r,alpha,a,b,logLikelihood,converged},"gammaGamma":{p,q,v,logLikelihood}} (gammaGamma when fitted). */
    static String fit(BgNbdFit bg, GammaGammaFit gg, boolean withGammaGamma) {
        ObjectNode root = MAPPER.createObjectNode();
        bgNbd(root, bg);
        if (withGammaGamma) {
            gammaGamma(root, gg);
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** The run report of {@code score}: model used, fallback reason, fits, value-matrix thresholds, timings. */
    static String report(SegmentationResult r) {
        ModelReport m = r.modelReport();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("clvModel", m.model().name());
        root.put("fallbackReason", m.fallbackReason() == null ? null : m.fallbackReason().name());
        root.put("asOf", r.asOf().toString());
        root.put("customers", r.size());
        root.put("customersWithPurchases", m.customers());
        root.put("minCustomersForModel", m.minCustomers());
        root.put("timeUnit", m.timeUnit().name());
        bgNbd(root, m.bgNbd());
        gammaGamma(root, m.gammaGamma());
        ValueMatrix v = r.valueMatrix();
        ObjectNode matrix = root.putObject("valueMatrix");
        number(matrix, "mvcThreshold", v.mvcThreshold());
        number(matrix, "mgcThreshold", v.mgcThreshold());
        matrix.put("mvcCount", v.mvcCount());
        matrix.put("mgcCount", v.mgcCount());
        ObjectNode timings = root.putObject("timingsMillis");
        for (StageTiming t : r.timings()) {
            timings.put(t.stage().name(), Math.round(t.millis() * 10) / 10.0);
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void bgNbd(ObjectNode root, BgNbdFit bg) {
        if (bg == null) {
            root.putNull("bgnbd");
            return;
        }
        ObjectNode o = root.putObject("bgnbd");
        number(o, "r", bg.r());
        number(o, "alpha", bg.alpha());
        number(o, "a", bg.a());
        number(o, "b", bg.b());
        number(o, "logLikelihood", bg.logLikelihood());
        o.put("converged", bg.converged());
    }

    private static void gammaGamma(ObjectNode root, GammaGammaFit gg) {
        if (gg == null || gg.customers() == 0) {
            root.putNull("gammaGamma");
            return;
        }
        ObjectNode o = root.putObject("gammaGamma");
        number(o, "p", gg.p());
        number(o, "q", gg.q());
        number(o, "v", gg.v());
        number(o, "logLikelihood", gg.logLikelihood());
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
