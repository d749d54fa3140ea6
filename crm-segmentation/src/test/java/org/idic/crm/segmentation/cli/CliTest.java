package org.idic.crm.segmentation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = CliTest.class.getResourceAsStream("/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void fitsTheCdnowSummaryWithFaderHardieNamesAndWritesTheModel() throws IOException {
        Path model = dir.resolve("model.json");
        CliRun run = CliRun.of("fit", "--summary", resource("cdnow_customers_summary_with_transactions.csv").toString(),
                "--model-out", model.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        JsonNode json = JSON.readTree(Files.readString(model));
        assertThat(json.path("bgnbd").path("r").asDouble()).isCloseTo(0.243, within(0.001));
        assertThat(json.path("bgnbd").path("alpha").asDouble()).isCloseTo(4.414, within(0.01));
        assertThat(json.path("bgnbd").path("a").asDouble()).isCloseTo(0.793, within(0.002));
        assertThat(json.path("bgnbd").path("b").asDouble()).isCloseTo(2.426, within(0.01));
        assertThat(json.path("bgnbd").path("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.1));
        assertThat(json.path("bgnbd").path("converged").asBoolean()).isTrue();
        assertThat(json.path("gammaGamma").path("p").asDouble()).isCloseTo(6.25, within(0.01));
        assertThat(json.path("gammaGamma").path("q").asDouble()).isCloseTo(3.74, within(0.01));
        assertThat(json.path("gammaGamma").path("v").asDouble()).isCloseTo(15.45, within(0.02));
    }

    @Test
    void fitsTheLifetimesSummaryToStandardOutput() throws IOException {
        CliRun run = CliRun.of("fit", "--summary", resource("cdnow_customers_summary.csv").toString());
        assertThat(run.status()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.path("bgnbd").path("r").asDouble()).isCloseTo(0.243, within(0.001));
        assertThat(json.has("gammaGamma")).isFalse();
    }

    @Test
    void scoresTheCdnowTransactionLog() throws IOException {
        Path out = dir.resolve("scores.csv");
        Path model = dir.resolve("run.json");
        CliRun run = CliRun.of("score", "--transactions", resource("cdnow_sample_transactions.csv").toString(),
                "--as-of", "1997-09-30", "--out", out.toString(), "--model-out", model.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,"
                + "rfm_segment,abc_class,pyramid_level,historic_value,p_alive,expected_purchases_horizon,"
                + "expected_avg_value,predicted_clv,current_value,future_value,growth_potential,tier,value_quadrant,"
                + "lifecycle_stage,relationship,clv_model");
        assertThat(lines).hasSize(2358);
        assertThat(lines.get(1).split(",", -1)).hasSize(24);
        assertThat(lines.get(1)).endsWith(",BG_NBD_GAMMA_GAMMA");
        JsonNode json = JSON.readTree(Files.readString(model));
        assertThat(json.path("clvModel").asString()).isEqualTo("BG_NBD_GAMMA_GAMMA");
        assertThat(json.path("bgnbd").path("r").asDouble()).isCloseTo(0.243, within(0.001));
        assertThat(json.path("valueMatrix").path("mvcCount").asInt()).isPositive();
    }

    @Test
    void scoresOnlineRetailWithItsOwnColumnNamesInDays() throws IOException {
        Path out = dir.resolve("scores.csv");
        CliRun run = CliRun.of("score", "--transactions", resource("online_retail.csv").toString(), "--as-of",
                "2011-12-09", "--out", out.toString(), "--time-unit", "days");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(4339);
        assertThat(run.out()).contains("scored 4338 customers");
    }

    @Test
    void appliesSettingsServiceCostsAndWallets() throws IOException {
        Path tx = file("t.csv", "customer_id,date,amount,cost\n1,2024-01-05,100,60\n1,2024-03-01,50,\n2,2024-02-01,10,\n");
        Path costs = file("c.csv", "customer_id,channel,date\n2,VISIT,2024-02-02\n2,complaint,2024-02-03\n3,EMAIL,\n");
        Path wallets = file("w.csv", "customer_id,amount\n1,5000\n");
        Path settings = file("s.json", "{\"windowDays\": 365, \"channelCosts\": {\"VISIT\": 100}}");
        Path out = dir.resolve("o.csv");
        CliRun run = CliRun.of("score", "--transactions", tx.toString(), "--as-of", "2024-06-30", "--out", out.toString(),
                "--settings", settings.toString(), "--service-costs", costs.toString(), "--wallets", wallets.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        // customer 2: margin 3, cost to serve 100 + 60 -> current value −157, below zero
        assertThat(lines.get(2)).startsWith("2,").contains(",-157,").contains(",BZ,");
        // customer 3 is known only from an interaction: a prospect
        assertThat(lines.get(3)).startsWith("3,,0,0,,,,,NONE,NONE,NONE,").contains(",PROSPECT,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void explainsItselfWithoutStackTraces(String flag) {
        CliRun run = CliRun.of(flag);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("fit", "score", "benchmark");
    }

    @Test
    void explainsEveryOptionOfEachCommand() {
        assertThat(CliRun.of("fit", "--help").out()).contains("--summary", "--model-out", "monetary_value", "zbar");
        assertThat(CliRun.of("score", "--help").out()).contains("--transactions", "--as-of", "--out", "--settings",
                "--model-out", "--time-unit", "--service-costs", "--wallets", "predicted_clv");
        assertThat(CliRun.of("benchmark", "--help").out()).contains("--customers");
        CliRun none = CliRun.of();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.out()).contains("Usage");
    }
}
