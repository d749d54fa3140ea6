package org.idic.crm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The domain's application modules: no cycle between them, and none uses another's internals (only the
 * public types of its package, the module's API). The diagrams in docs/modules are the ones Spring
 * Modulith draws from the code: this test draws them again and insists they are the same (run it with
 * -Dmodules.docs.update=true to write them there after a change of structure).
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CrmDomain.class);

    static final Path DOCS = Path.of("..", "docs", "modules");

    @Test
    void theModulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("access",
                "activity", "audit", "customer", "customerlist", "imports", "playbook", "report", "segmentation", "support",
                "user", "workday");
        MODULES.verify();
    }

    @Test
    void theDiagramsInTheDocsAreTheModulesAsTheyAre() throws IOException {
        Path drawn = Path.of("target", "modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(drawn)) {
            diagrams = files.filter(f -> f.toString().endsWith(".puml")).sorted().toList();
        }
        assertThat(diagrams).hasSizeGreaterThan(MODULES.stream().toList().size());
        if (Boolean.getBoolean("modules.docs.update")) {
            Files.createDirectories(DOCS);
            for (Path diagram : diagrams) {
                Files.writeString(DOCS.resolve(diagram.getFileName()), sorted(Files.readString(diagram)));
            }
        }
        for (Path diagram : diagrams) {
            Path documented = DOCS.resolve(diagram.getFileName());
            assertThat(documented).as("docs/modules/%s (rerun with -Dmodules.docs.update=true)",
                    diagram.getFileName()).exists();
            assertThat(Files.readString(documented)).as("docs/modules/%s (rerun with -Dmodules.docs.update=true)",
                    diagram.getFileName()).isEqualTo(sorted(Files.readString(diagram)));
        }
    }

    /** The diagram with each run of component lines and of relation lines in alphabetical order. */
    static String sorted(String diagram) {
        List<String> lines = new java.util.ArrayList<>(diagram.lines().toList());
        for (int i = 0; i < lines.size(); ) {
            String kind = kind(lines.get(i));
            int end = i;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            if (end > i + 1) {
                java.util.Collections.sort(lines.subList(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : null;
    }
}
