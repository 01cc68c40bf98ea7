package vn.traodoi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a real server port and a real (embedded, ephemeral) PostgreSQL. Every
 * integration and browser test uses exactly this configuration, so that they share one context and one
 * database for the whole run. Each test fails when a query ran inside another query's row mapper meanwhile
 * ({@link NestedQueryGuard}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(NestedQueryGuard.class)
@TestExecutionListeners(listeners = NestedQueryGuard.Check.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {

    /** The first administrator's password in tests (application-test.properties). */
    String ADMIN_PASSWORD = "kiem-thu-quan-tri-2026";
}
