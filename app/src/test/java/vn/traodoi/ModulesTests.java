package vn.traodoi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    /**
     * The module documentation in docs/modules, written again on each build so that it matches the code. Spring
     * Modulith 2.1 writes the relations of a diagram in no fixed order (spring-modulith#1991), so they are sorted: the
     * same code gives the same files.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path folder = Path.of("../docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> sorted = new ArrayList<>(lines.stream().filter(l -> !l.startsWith("Rel(")).toList());
                int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("Rel(")).findFirst().orElse(""));
                if (at >= 0) {
                    sorted.addAll(at, lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList());
                }
                Files.write(file, sorted, StandardCharsets.UTF_8);
            }
        }
        assertThat(folder.resolve("components.puml")).content(StandardCharsets.UTF_8)
                .contains("Component(TraodoiApplication.TraodoiApplication.Delegation");
    }
}
