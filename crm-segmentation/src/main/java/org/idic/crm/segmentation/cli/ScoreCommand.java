package org.idic.crm.segmentation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.idic.crm.segmentation.SegmentationEngine;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.facts.FactsSummarizer;
import org.idic.crm.segmentation.settings.InvalidSettingsException;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.SettingsJson;
import org.idic.crm.segmentation.settings.SettingsProblem;
import org.idic.crm.segmentation.settings.SettingsValidator;
import org.idic.crm.segmentation.settings.TimeUnit;

/** {@code score --transactions FILE --as-of DATE --out FILE [...]}. */
final class ScoreCommand {

    static final Set<String> OPTIONS = Set.of("--transactions", "--as-of", "--out", "--settings", "--model-out",
            "--time-unit", "--service-costs", "--wallets");

    private ScoreCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) throws UsageException, BadInputException, IOException {
        String transactions = o.require("score", "--transactions");
        LocalDate asOf = asOf(o.require("score", "--as-of"));
        String output = o.require("score", "--out");
        TimeUnit unit = timeUnit(o.get("--time-unit"));
        Problems problems = new Problems();
        Path tx = Options.inputFile(problems, transactions);
        Path costs = o.get("--service-costs") == null ? null : Options.inputFile(problems, o.get("--service-costs"));
        Path wallets = o.get("--wallets") == null ? null : Options.inputFile(problems, o.get("--wallets"));
        Path settingsFile = o.get("--settings") == null ? null : Options.inputFile(problems, o.get("--settings"));
        AtomicOutput.checkWritable(problems, output);
        if (o.get("--model-out") != null) {
            AtomicOutput.checkWritable(problems, o.get("--model-out"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        SegmentationSettings settings = settings(settingsFile, o.get("--settings"), unit, problems);
        if (settings == null) {
            throw new BadInputException(problems);
        }
        FactsSummarizer summarizer = new FactsSummarizer(asOf, settings);
        TransactionsFile.read(tx, transactions, summarizer, problems);
        if (costs != null) {
            CustomerAmountsFile.readServiceCosts(costs, o.get("--service-costs"), summarizer, problems);
        }
        if (wallets != null) {
            CustomerAmountsFile.readWallets(wallets, o.get("--wallets"), summarizer, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        CustomerFacts facts = summarizer.summarize();
        SegmentationResult result = SegmentationEngine.score(facts, settings, asOf);
        AtomicOutput.write(Path.of(output), w -> ResultCsv.write(result, w));
        if (o.get("--model-out") != null) {
            String json = ModelJson.report(result);
            AtomicOutput.write(Path.of(o.get("--model-out")), json);
        }
        out.printf(Locale.ROOT, "scored %d customers as of %s with %s%s -> %s%n", result.size(), asOf,
                result.clvModel(), result.modelReport().fallbackReason() == null ? ""
                        : " (" + result.modelReport().fallbackReason() + ")", output);
        return 0;
    }

    private static LocalDate asOf(String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("score: --as-of is not a date (expected YYYY-MM-DD): '" + value + "'");
        }
    }

    private static TimeUnit timeUnit(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "days" -> TimeUnit.DAYS;
            case "weeks" -> TimeUnit.WEEKS;
            default -> throw new UsageException("score: --time-unit must be 'days' or 'weeks', got '" + value + "'");
        };
    }

    /** Defaults, or the settings file; problems reported at the line of the offending property. */
    private static SegmentationSettings settings(Path file, String name, TimeUnit unit, Problems problems) throws IOException {
        SegmentationSettings s = SegmentationSettings.defaults();
        Map<String, Integer> lines = Map.of();
        if (file != null) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            lines = SettingsJson.propertyLines(json);
            try {
                s = SettingsJson.read(json);
            } catch (InvalidSettingsException e) {
                report(e.problems().stream().toList(), lines, name, problems);
                return null;
            }
        }
        if (unit != null) {
            s = s.toBuilder().timeUnit(unit).build();
        }
        var invalid = SettingsValidator.validate(s);
        if (!invalid.isEmpty()) {
            report(invalid, lines, name == null ? "settings" : name, problems);
            return null;
        }
        return s;
    }

    private static void report(java.util.List<SettingsProblem> list, Map<String, Integer> lines, String name,
                               Problems problems) {
        for (SettingsProblem p : list) {
            String field = p.field();
            int dot = field.indexOf('.');
            Integer line = lines.get(dot > 0 ? field.substring(0, dot) : field);
            problems.add(name, line == null ? 0 : line, (field.isEmpty() ? "" : field + ": ") + p.message()
                    + " [" + p.code() + "]");
        }
    }
}
