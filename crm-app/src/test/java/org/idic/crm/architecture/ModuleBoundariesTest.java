package org.idic.crm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Imports point down the line segmentation ← domain ← web ← app, never up; the engine knows nothing
 * of Spring, JPA or JDBC.
 */
class ModuleBoundariesTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.idic.crm");

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true) // the fixture test below holds only two layers; presence is asserted instead
            .layer("Segmentation").definedBy("org.idic.crm.segmentation..")
            .layer("Domain").definedBy("org.idic.crm.domain..")
            .layer("Web").definedBy("org.idic.crm.web..")
            .layer("App").definedBy("org.idic.crm.app..", "org.idic.crm")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Web", "App")
            .whereLayer("Segmentation").mayOnlyBeAccessedByLayers("Domain", "Web", "App");

    static final ArchRule ENGINE_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("org.idic.crm.segmentation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "java.sql..", "javax.sql..");

    @Test
    void everyModuleImportsOnlyDownTheLine() {
        assertThat(PRODUCTION.containPackage("org.idic.crm.segmentation")).isTrue();
        assertThat(PRODUCTION.containPackage("org.idic.crm.domain.user")).isTrue();
        assertThat(PRODUCTION.containPackage("org.idic.crm.web.security")).isTrue();
        LAYERS.check(PRODUCTION);
    }

    @Test
    void theEngineUsesNeitherSpringNorJpaNorJdbc() {
        ENGINE_IS_PLAIN_JAVA.allowEmptyShould(true).check(PRODUCTION);
    }

    /**
     * The pages and the application use the domain through its modules' APIs (the public types of each
     * module's own package), never a module's internals (its sub-packages), as the modules among
     * themselves (crm-domain's ModulesTest).
     */
    static final ArchRule DOMAIN_API_ONLY = noClasses().that().resideInAnyPackage("org.idic.crm.web..",
            "org.idic.crm.app..").should().dependOnClassesThat().resideInAPackage("org.idic.crm.domain.*.*..");

    @Test
    void pagesAndApplicationUseOnlyTheDomainModulesApis() {
        DOMAIN_API_ONLY.check(PRODUCTION);
    }

    /**
     * A page says what went wrong in the user's language, from message keys: the text of an exception
     * (English, or worse, internals) is never put on a page, so the web layer never asks for it.
     */
    static final ArchRule PAGES_SHOW_NO_EXCEPTION_TEXT = noClasses().that().resideInAPackage("org.idic.crm.web..")
            .should().callMethod(Throwable.class, "getMessage").orShould().callMethod(Throwable.class,
                    "getLocalizedMessage");

    @Test
    void pagesNeverShowAnExceptionsOwnText() {
        PAGES_SHOW_NO_EXCEPTION_TEXT.check(PRODUCTION);
    }

    @Test
    void theRuleCatchesAnImportThatPointsUp() {
        JavaClasses violating = new ClassFileImporter().importClasses(
                org.idic.crm.domain.archfixture.DomainClassThatReachesUp.class, org.idic.crm.CrmApplication.class);

        EvaluationResult result = LAYERS.evaluate(violating);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("DomainClassThatReachesUp");
    }
}
