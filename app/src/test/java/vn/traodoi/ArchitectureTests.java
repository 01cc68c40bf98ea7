package vn.traodoi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module boundaries of architecture.md, checked on the compiled classes. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.traodoi", "db.migration");

    @Test
    void theTextLibraryUsesNoSpringAndNothingOfTheApplication() {
        noClasses().that().resideInAPackage("vn.traodoi.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "vn.traodoi.place..",
                        "vn.traodoi.account..", "vn.traodoi.audit..", "vn.traodoi.web..", "vn.traodoi.system..")
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.traodoi.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void referenceDataAndTheAuditLogKnowNothingOfAccountsOrPages() {
        noClasses().that().resideInAnyPackage("vn.traodoi.place..", "vn.traodoi.audit..", "vn.traodoi.system..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.traodoi.account..", "vn.traodoi.web..")
                .check(classes);
    }

    @Test
    void onlyTheWebLayerAndApiPackagesDefineControllers() {
        noClasses().that().resideInAnyPackage("vn.traodoi.system..", "vn.traodoi.text..")
                .should().beAnnotatedWith(Controller.class)
                .orShould().beAnnotatedWith(RestController.class)
                .check(classes);
    }

    /**
     * A landed migration is frozen (ADR 0010): it uses nothing of traodoi that may change after it, only the JDK,
     * Flyway's API and what it carries itself. {@code MigrationsSnapshotTests} checks what it gives a new database.
     */
    @Test
    void migrationsUseNothingOfTheApplicationOrTheTextLibrary() {
        classes().that().resideInAPackage("db.migration..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.flywaydb.core.api..", "db.migration..")
                .check(classes);
    }
}
