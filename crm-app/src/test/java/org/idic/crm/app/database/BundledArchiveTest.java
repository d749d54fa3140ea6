package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aJarBuiltWithoutThePlatformsServerSaysSoInOneLineAndWhatToDo() {
        try (URLClassLoader nothing = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> BundledArchive.find(nothing, "Linux", "amd64"))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessage("This build of the CRM carries no PostgreSQL server for Linux x86_64 (it was built "
                            + "for a database of your own), and no database is configured.")
                    .satisfies(e -> assertThat(((EmbeddedDatabaseException) e).action())
                            .contains("SPRING_DATASOURCE_URL").contains("-Pall-platforms").doesNotContain("\n"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void macOsOnArmUsesTheUniversalProgramsPublishedUnderTheIntelName() throws IOException {
        Path jar = jarWith("postgres-darwin-x86_64.txz", "universal programs");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            BundledArchive archive = BundledArchive.find(loader, "Mac OS X", "aarch64");

            assertThat(archive.name()).isEqualTo("postgres-darwin-x86_64.txz");
            // named from the jar's directory: size and checksum, without reading the archive
            assertThat(archive.quickKey()).hasValueSatisfying(key -> assertThat(key)
                    .startsWith("postgres-darwin-x86_64-" + "universal programs".length() + "-"));
        }
    }

    @Test
    void anotherArchiveOfTheSameNameGetsAnotherKey() throws IOException {
        Path one = jarWith("postgres-linux-x86_64.txz", "PostgreSQL 17.11");
        Path two = Files.createDirectory(dir.resolve("two"));
        two = jarWith(two, "postgres-linux-x86_64.txz", "PostgreSQL 17.12");

        try (URLClassLoader a = new URLClassLoader(new URL[] {one.toUri().toURL()}, null);
                URLClassLoader b = new URLClassLoader(new URL[] {two.toUri().toURL()}, null)) {
            assertThat(BundledArchive.find(a, "Linux", "amd64").quickKey())
                    .isNotEqualTo(BundledArchive.find(b, "Linux", "amd64").quickKey());
        }
    }

    @Test
    void thisBuildCarriesTheServerOfThePlatformItRunsOn() {
        assertThat(BundledArchive.forThisPlatform().name()).startsWith("postgres-").endsWith(".txz");
    }

    private Path jarWith(String entry, String content) throws IOException {
        return jarWith(dir, entry, content);
    }

    private static Path jarWith(Path folder, String entry, String content) throws IOException {
        Path jar = folder.resolve("binaries.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
