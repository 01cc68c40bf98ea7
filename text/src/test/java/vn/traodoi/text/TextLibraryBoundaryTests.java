package vn.traodoi.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TextLibraryBoundaryTests {

    private final JavaClasses library = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.traodoi.text");

    @Test
    void theTextLibraryUsesNoSpringAndNothingOfTheApp() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "vn.traodoi.place..",
                        "vn.traodoi.account..", "vn.traodoi.web..", "vn.traodoi.system..")
                .check(library);
    }
}
