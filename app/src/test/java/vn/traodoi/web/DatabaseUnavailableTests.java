package vn.traodoi.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A request that cannot get a database connection (PostgreSQL down or restarting) is 503 with Retry-After. */
class DatabaseUnavailableTests {

    @RestController
    static class SomeApi {
        @GetMapping("/api/v1/something")
        String get() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("traodoi - Connection is not available"));
        }
    }

    @RestController
    static class SomeWrite {
        @PostMapping("/api/v1/something")
        String post() {
            throw new TransactionSystemException("JDBC rollback failed");
        }
    }

    @Controller
    static class SomePage {
        @GetMapping("/something")
        String get() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        }
    }

    private final MockMvc mvc;

    DatabaseUnavailableTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        mvc = MockMvcBuilders.standaloneSetup(new SomeApi(), new SomeWrite(), new SomePage())
                .setControllerAdvice(new DatabaseUnavailable.Api(messages), new DatabaseUnavailable.Pages(new LayoutModel()))
                .build();
    }

    @Test
    void theApiSaysToTryAgainInAFewSeconds() throws Exception {
        mvc.perform(get("/api/v1/something").locale(Locale.forLanguageTag("vi")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/unavailable"))
                .andExpect(jsonPath("$.title").value("Cơ sở dữ liệu tạm thời không trả lời"));
    }

    @Test
    void aCommitOrRollbackThatFailedIs503Too() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/something"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("/problems/unavailable"));
    }

    @Test
    void aPageIsTheErrorPageWith503() throws Exception {
        mvc.perform(get("/something"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(view().name("error"))
                .andExpect(model().attribute("status", 503));
    }
}
