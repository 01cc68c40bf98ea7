package vn.traodoi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While the database is down or restarting (ADR 0005) a request fails within the pool's timeout, or its commit
 * or rollback fails: it is answered 503 with {@code Retry-After}, "try again in a few seconds, and check the record
 * if you just sent a form" (a commit that failed midway may or may not have happened), not 500.
 */
final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    static boolean isDatabaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Api {

        private final MessageSource messages;

        Api(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
                CannotCreateTransactionException.class, TransactionSystemException.class})
        ResponseEntity<ProblemDetail> unavailable(HttpServletRequest request) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setType(URI.create("/problems/unavailable"));
            problem.setTitle(messages.getMessage("error.503.title", null, LocaleContextHolder.getLocale()));
            problem.setDetail(messages.getMessage("error.503.text", null, LocaleContextHolder.getLocale()));
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(problem);
        }
    }

    @ControllerAdvice(annotations = Controller.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class Pages {

        private final LayoutModel layout;

        Pages(LayoutModel layout) {
            this.layout = layout;
        }

        @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
                CannotCreateTransactionException.class, TransactionSystemException.class})
        String unavailable(HttpServletRequest request, HttpServletResponse response, Model model) {
            layout.populate(model, request);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            model.addAttribute("status", 503);
            return "error";
        }
    }
}
