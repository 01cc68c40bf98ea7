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

    public static void main(String[] args) {
        SpringApplication.run(TraodoiApplication.class, args);
    }
}
