package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.traodoi.account.Role;
import vn.traodoi.place.OrganizationKind;

/** Every visible text comes from the bundles, and every key exists in Vietnamese and in English. */
class MessageBundleTests {

    private static final Path MAIN = Path.of("src/main");

    private final Properties vi = load("messages.properties");
    private final Properties en = load("messages_en.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(vi.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void noTranslationIsEmpty() {
        vi.stringPropertyNames().forEach(k -> assertThat(vi.getProperty(k)).as(k).isNotBlank());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> used = collect(MAIN.resolve("resources/templates"), Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]"));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(key -> assertThat(vi).as("template key %s", key).containsKey(key));
    }

    @Test
    void everyMessageCodeTheCodeRaisesExists() throws IOException {
        Set<String> used = collect(MAIN.resolve("java"), Pattern.compile(
                "(?:InvalidInputException|FieldProblem)\\(\"[A-Za-z]+\", \"([a-zA-Z.]+)\"\\)|reject\\(\"([a-zA-Z.]+)\"\\)"
                        + "|message = \"\\{([a-zA-Z.]+)}\""));
        assertThat(used).contains("organization.name.taken", "validation.required");
        assertThat(used).allSatisfy(key -> assertThat(vi).as("code %s", key).containsKey(key));
        Set<String> actions = collect(MAIN.resolve("java"), Pattern.compile("record(?:As)?\\([^\"]*\"([A-Z_]+)\", \"([a-z_]+)\""));
        assertThat(actions).contains("ORGANIZATION_CREATED", "organization");
        actions.forEach(a -> assertThat(vi).as("audit label %s", a)
                .containsKey(a.equals(a.toUpperCase()) ? "audit.action." + a : "audit.entity." + a));
    }

    @Test
    void everyEnumShownOnPagesHasALabel() {
        for (OrganizationKind kind : OrganizationKind.values()) {
            assertThat(vi).containsKey("organization.kind." + kind);
        }
        for (Role role : Role.values()) {
            assertThat(vi).containsKeys("role." + role, "role." + role + ".help");
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 413, 415, 500}) {
            assertThat(vi).containsKeys("error." + status + ".title", "error." + status + ".text");
        }
    }

    private static Set<String> collect(Path root, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            found.add(m.group(g));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(Objects.requireNonNull(
                MessageBundleTests.class.getClassLoader().getResourceAsStream(name)), StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
