package vn.traodoi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/** Errors on pages: a friendly page in the user's language, the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final LayoutModel layout;
    private final MessageSource messages;

    PageExceptionHandler(LayoutModel layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return errorPage(request, response, model, 404);
    }

    /** A malformed id in the path names no record (404); a malformed filter is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return errorPage(request, response, model, e.getParameter().hasParameterAnnotation(PathVariable.class) ? 404 : 400);
    }

    @ExceptionHandler(StateConflictException.class)
    String stateConflict(StateConflictException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("reasonCode", e.messageCode());
        model.addAttribute("reasonArguments", localizedArguments(e.arguments()));
        return errorPage(request, response, model, 409);
    }

    /** Enum arguments (a status, an action) are shown by their labels. */
    private Object[] localizedArguments(Object[] arguments) {
        Object[] out = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            out[i] = a instanceof Enum<?> e
                    ? messages.getMessage(labelKey(e), null, e.name(), LocaleContextHolder.getLocale())
                    : a;
        }
        return out;
    }

    static String labelKey(Enum<?> e) {
        String type = e.getDeclaringClass().getSimpleName();
        return switch (type) {
            case "DelegationStatus" -> "delegation.status." + e.name();
            case "Action" -> "delegation.action." + e.name();
            default -> type + "." + e.name();
        };
    }

    /**
     * A rule broken where the page had no form to show it beside its field: the error page says which (a handler that
     * has a form catches it and shows the form again).
     */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("detailCode", e.problems().getFirst().messageCode());
        return errorPage(request, response, model, 400);
    }

    /** A multipart body that cannot be read is a bad request; one over the size limit is too large (413). */
    @ExceptionHandler(MultipartException.class)
    String badMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e instanceof MaxUploadSizeExceededException) {
            return errorPage(request, response, model, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
        model.addAttribute("detailCode", MalformedInputFilter.MULTIPART);
        return errorPage(request, response, model, 400);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        return errorPage(request, response, model, 409);
    }

    private String errorPage(HttpServletRequest request, HttpServletResponse response, Model model, int status) {
        layout.populate(model, request);
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }

    @ExceptionHandler(RuntimeException.class)
    String unexpected(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers these: sign-in page or 403
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return errorPage(request, response, model, known.getStatusCode().value());
        }
        if (ApiExceptionHandler.unstorable(e)) {
            log.warn("A value the database cannot store reached it: {}", e.getMessage());
            model.addAttribute("detailCode", ApiExceptionHandler.UNSTORABLE);
            return errorPage(request, response, model, 400);
        }
        log.error("Unexpected error on a page", e);
        return errorPage(request, response, model, 500);
    }
}
