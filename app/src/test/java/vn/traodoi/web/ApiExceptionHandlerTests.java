package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** What no request of the tests can provoke on purpose: a bug, and a value only the database refuses. */
class ApiExceptionHandlerTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(WebConfiguration.VIETNAMESE);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aBugIsA500ProblemWithoutItsStackTrace() {
        ResponseEntity<ProblemDetail> r = handler.unexpected(new IllegalStateException("at vn.traodoi.Secret"));
        assertThat(r.getStatusCode().value()).isEqualTo(500);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r.getBody().getType().toString()).isEqualTo("/problems/internal");
        assertThat(r.getBody().getTitle()).isEqualTo("Đã có lỗi xảy ra");
        assertThat(r.getBody().getDetail()).doesNotContain("vn.traodoi");
    }

    @Test
    void aValueTheDatabaseCannotStoreIsABadRequest() {
        DataIntegrityViolationException outOfRange = new DataIntegrityViolationException("insert",
                new SQLException("ERROR: date out of range: \"5881580-07-12\"", "22008"));
        ResponseEntity<ProblemDetail> r = handler.unexpected(outOfRange);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody().getDetail()).contains("nằm ngoài phạm vi lưu được");

        DataIntegrityViolationException duplicate = new DataIntegrityViolationException("insert",
                new SQLException("ERROR: duplicate key", "23505"));
        assertThat(handler.unexpected(duplicate).getStatusCode().value()).as("a constraint is not a value").isEqualTo(500);
    }
}
