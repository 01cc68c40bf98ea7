package vn.traodoi.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.NotFoundException;

/** Errors on pages: a friendly page in the user's language, the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        return errorPage(response, model, 404);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    String conflict(HttpServletResponse response, Model model) {
        return errorPage(response, model, 409);
    }

    static String errorPage(HttpServletResponse response, Model model, int status) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }

    @ExceptionHandler(RuntimeException.class)
    String unexpected(RuntimeException e, HttpServletResponse response, Model model) {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers these: sign-in page or 403
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return errorPage(response, model, known.getStatusCode().value());
        }
        log.error("Unexpected error on a page", e);
        return errorPage(response, model, 500);
    }
}
