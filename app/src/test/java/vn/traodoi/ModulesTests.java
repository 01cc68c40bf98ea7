package vn.traodoi;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module (architecture.md): it uses only what another exposes (the types of its base
 * package) and no two depend on each other. The text library is a library, not a module of the application.
 */
class ModulesTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TraodoiApplication.class,
            JavaClass.Predicates.resideInAPackage("vn.traodoi.text.."));

    @Test
    void theModulesKeepToEachOthersInterfaces() {
        MODULES.verify();
    }

    /** The module documentation in docs/modules, written again on each build so that it matches the code. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
