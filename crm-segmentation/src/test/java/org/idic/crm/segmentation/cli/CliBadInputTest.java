package org.idic.crm.segmentation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input: exit status 2, FILE:LINE messages, no output file, never a stack trace. */
class CliBadInputTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content.replace("\\n", "\n"), StandardCharsets.UTF_8);
    }

    private CliRun score(Path transactions, String... extra) {
        String[] base = {"score", "--transactions", transactions.toString(), "--as-of", "2024-06-30", "--out",
            dir.resolve("out.csv").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private void assertRejected(CliRun run, String... messages) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(messages).doesNotContain("\tat ", "Exception");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing column   | customer_id,date\\n1,2024-01-01\\n                | t.csv:1: missing column 'amount'",
            "bad number       | customer_id,date,amount\\n1,2024-01-01,12x\\n     | t.csv:2: amount is not a number: '12x'",
            "NaN is no number | customer_id,date,amount\\n1,2024-01-01,NaN\\n     | t.csv:2: amount is not a number",
            "bad date         | customer_id,date,amount\\n1,2024-01-01,1\\n1,2024-13-01,1\\n | t.csv:3: not a date",
            "negative amount  | customer_id,date,amount\\n1,2024-01-01,-5\\n      | t.csv:2: amount must not be negative",
            "negative cost    | customer_id,date,amount,cost\\n1,2024-01-01,5,-1\\n | t.csv:2: cost must not be negative",
            "bad customer id  | customer_id,date,amount\\nC17,2024-01-01,5\\n     | t.csv:2: customer_id is not a whole number",
            "short row        | customer_id,date,amount\\n1,2024-01-01\\n         | t.csv:2: expected at least 3 fields",
            "empty file       | ''                                                | t.csv:1: empty file"})
    void rejectsBadTransactionFiles(String name, String content, String message) throws IOException {
        Path t = file("t.csv", content.equals("''") ? "" : content);
        assertRejected(score(t), message.replace("t.csv", t.toString()));
    }

    @Test
    void reportsEveryProblemUpToACap() throws IOException {
        StringBuilder b = new StringBuilder("customer_id,date,amount\n");
        for (int i = 0; i < 60; i++) {
            b.append(i).append(",2024-01-01,x\n");
        }
        CliRun run = score(file("t.csv", b.toString()));
        assertRejected(run, ":2: amount", ":51: amount", "… and 10 more problem(s)");
        assertThat(run.err()).doesNotContain(":52: amount");
    }

    @Test
    void keepsAnExistingOutputFileWhenTheInputIsBad() throws IOException {
        Path out = Files.writeString(dir.resolve("keep.csv"), "old");
        CliRun run = CliRun.of("score", "--transactions", file("t.csv", "customer_id,date,amount\n1,x,1\n").toString(),
                "--as-of", "2024-06-30", "--out", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("old");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative count    | frequency,recency,T\\n-1,0,10\\n  | s.csv:2: frequency must not be negative",
            "fractional count  | x,t_x,T\\n1.5,2,10\\n           | s.csv:2: frequency must be a whole number",
            "recency after T   | frequency,recency,T\\n2,12,10\\n   | s.csv:2: recency (12) must not exceed T (10)",
            "missing T         | frequency,recency\\n2,1\\n        | s.csv:1: missing column 'T'",
            "bad monetary      | x,t_x,T,zbar\\n1,2,10,abc\\n      | s.csv:2: monetary_value is not a number",
            "no rows           | x,t_x,T\\n                      | s.csv: no customers"})
    void rejectsBadSummaryFiles(String name, String content, String message) throws IOException {
        Path s = file("s.csv", content);
        Path model = dir.resolve("model.json");
        CliRun run = CliRun.of("fit", "--summary", s.toString(), "--model-out", model.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message.replace("s.csv", s.toString())).doesNotContain("\tat ");
        assertThat(model).doesNotExist();
    }

    @Test
    void rejectsInvalidSettingsAtTheLineOfEachWrongField() throws IOException {
        Path t = file("t.csv", "customer_id,date,amount\n1,2024-01-01,5\n");
        Path s = file("s.json", "{\n  \"windowDays\": 365,\n  \"rfmK\": 12,\n  \"horizonMonths\": 0\n}\n");
        assertRejected(score(t, "--settings", s.toString()), s + ":3: rfmK: rfmK must be between 3 and 10",
                s + ":4: horizonMonths:", "[horizon.outOfRange]");
        Path unknown = file("u.json", "{\"windwoDays\": 365}");
        assertRejected(score(t, "--settings", unknown.toString()), unknown + ":1: windwoDays: unknown setting");
        Path broken = file("b.json", "{\"windowDays\": ");
        assertRejected(score(t, "--settings", broken.toString()), broken + ": not valid JSON");
    }

    @Test
    void rejectsWrongCommandLines() throws IOException {
        Path t = file("t.csv", "customer_id,date,amount\n1,2024-01-01,5\n");
        assertRejected(score(t, "--colour", "red"), "unknown option --colour");
        assertRejected(score(t, "--time-unit", "months"), "--time-unit must be 'days' or 'weeks'");
        assertRejected(CliRun.of("score", "--transactions", t.toString(), "--out", dir.resolve("out.csv").toString()),
                "missing required option --as-of");
        assertRejected(CliRun.of("score", "--transactions", t.toString(), "--as-of", "30/06/2024", "--out",
                dir.resolve("out.csv").toString()), "--as-of is not a date");
        assertRejected(CliRun.of("frobnicate"), "unknown command 'frobnicate'");
        assertRejected(score(dir.resolve("nope.csv")), "nope.csv: no such file");
        assertRejected(score(t, "--service-costs", file("c.csv", "customer_id,channel\n1,FAX\n").toString()),
                "c.csv:2: unknown channel 'FAX'");
    }
}
