package vn.traodoi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** traodoi: delegations, workshops and lessons between Vietnamese provinces, ministries and departments. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class TraodoiApplication {

    /** Set by the README's run command ({@code spring-boot:run}, see app/pom.xml): a stop on request exits 0. */
    static final String STOPS_CLEANLY = "traodoi.stops-cleanly";

    public static void main(String[] args) {
        SpringApplication.run(TraodoiApplication.class, args);
        if (Boolean.getBoolean(STOPS_CLEANLY)) {
            // Stopped by Ctrl-C or a kill under spring-boot:run: once the application has closed (the requests
            // finished, the database stopped), the JVM exits 0, so that Maven reports no "BUILD FAILURE … exit code
            // 143". Registered only once started: a start that fails still fails the build.
            SpringApplication.getShutdownHandlers().add(() -> Runtime.getRuntime().halt(0));
        }
    }
}
