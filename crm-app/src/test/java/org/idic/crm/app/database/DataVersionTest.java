package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.idic.crm.CrmApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A data directory written by another PostgreSQL major version (an older CRM, before a bump of the
 * bundled server) is refused with the way across, and left exactly as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataVersionTest {

    @TempDir
    static Path dir;
    static int bundled;

    @BeforeAll
    static void aDataDirectory() {
        EmbeddedDatabase.start(dir).close();
        bundled = PostgresBinaries.bundled().majorVersion();
    }

    @AfterEach
    void backToItsOwnVersion() throws Exception {
        writtenBy(bundled);
    }

    @Test
    void anOlderMajorVersionIsRefusedWithTheUpgradePathAndNothingIsTouched() throws Exception {
        Path version = writtenBy(bundled - 1);
        long files = fileCount();

        assertThatThrownBy(() -> EmbeddedDatabase.start(dir)).isInstanceOfSatisfying(EmbeddedDatabaseException.class,
                e -> {
                    assertThat(e.getMessage()).isEqualTo("The data directory " + dir.toAbsolutePath() + " holds a "
                            + "PostgreSQL " + (bundled - 1) + " database; this version of the CRM brings PostgreSQL "
                            + bundled + ", which cannot open it. Nothing was changed.");
                    assertThat(e.action()).contains("with the previous version of the CRM",
                            "java -jar crm-app.jar backup --to crm-backup.zip --crm.data-dir=" + dir.toAbsolutePath(),
                            "with this version: java -jar crm-app.jar restore --from crm-backup.zip "
                                    + "--crm.data-dir=NEW_DIRECTORY", "Keep " + dir.toAbsolutePath())
                            .doesNotContainIgnoringCase("start again").doesNotContainIgnoringCase("empty");
                });

        assertThat(Files.readString(version)).isEqualTo((bundled - 1) + "\n");
        assertThat(fileCount()).isEqualTo(files);
        assertThat(Files.exists(dir.resolve("postgres/postmaster.pid"))).isFalse();
    }

    @Test
    void aNewerMajorVersionIsRefusedAndPointsBackToTheVersionThatWroteIt() throws Exception {
        writtenBy(bundled + 1);

        assertThatThrownBy(() -> EmbeddedDatabase.start(dir)).isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("holds a PostgreSQL " + (bundled + 1) + " database, written by a newer version")
                .satisfies(e -> assertThat(((EmbeddedDatabaseException) e).action())
                        .contains("Run the newer version of the CRM on it"));
    }

    @Test
    void theApplicationSaysSoInAFewLinesWithoutAStackTrace(CapturedOutput output) throws Exception {
        writtenBy(bundled - 1);

        assertThatThrownBy(() -> new SpringApplicationBuilder(CrmApplication.class)
                .run("--server.port=0", "--crm.data-dir=" + dir)).isNotNull();

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "holds a PostgreSQL " + (bundled - 1)
                + " database", "Action:", "backup --to crm-backup.zip").doesNotContain("\tat org.idic");
    }

    private static Path writtenBy(int major) throws Exception {
        return Files.writeString(dir.resolve("postgres/PG_VERSION"), major + "\n");
    }

    private long fileCount() throws Exception {
        try (var files = Files.walk(dir)) {
            return files.count();
        }
    }
}
