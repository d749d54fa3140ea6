package org.idic.crm.segmentation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.idic.crm.segmentation.clv.BgNbd;
import org.idic.crm.segmentation.clv.BgNbdFit;
import org.idic.crm.segmentation.clv.GammaGamma;
import org.idic.crm.segmentation.clv.GammaGammaFit;

/** {@code fit --summary FILE [--model-out FILE]}. */
final class FitCommand {

    static final Set<String> OPTIONS = Set.of("--summary", "--model-out");

    private FitCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) throws UsageException, BadInputException, IOException {
        String summary = o.require("fit", "--summary");
        String modelOut = o.get("--model-out");
        Problems problems = new Problems();
        Path in = Options.inputFile(problems, summary);
        if (modelOut != null) {
            AtomicOutput.checkWritable(problems, modelOut);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        SummaryFile.Data data = SummaryFile.read(in, summary, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        BgNbdFit bg = BgNbd.fit(data.x(), data.tx(), data.t());
        GammaGammaFit gg = data.monetary() == null ? null : GammaGamma.fit(data.x(), data.monetary());
        if (!bg.converged()) {
            err.println("warning: the BG/NBD fit did not converge after " + bg.iterations() + " iterations");
        }
        if (gg != null && !gg.converged()) {
            err.println(gg.customers() == 0
                    ? "warning: no customer with frequency >= 1 and a positive monetary value: Gamma-Gamma not fitted"
                    : "warning: the Gamma-Gamma fit did not converge");
        }
        String json = ModelJson.fit(bg, gg, data.monetary() != null);
        if (modelOut == null) {
            out.print(json);
        } else {
            AtomicOutput.write(Path.of(modelOut), json);
        }
        return 0;
    }
}
