package vn.traodoi.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.StateConflictException;

/**
 * Every API error as RFC 9457 {@code application/problem+json} with a stable {@code type}; validation
 * errors list each field with a message in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    static ProblemDetail problem(HttpStatusCode status, String type, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        problem.setDetail(detail);
        return problem;
    }

    /** As problem+json whatever the request accepts. */
    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return answer(problem(HttpStatus.NOT_FOUND, "not-found", message("error.404.title"),
                message("error.404.text")));
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ProblemDetail> conflict() {
        return answer(problem(HttpStatus.CONFLICT, "conflict", message("error.409.title"),
                message("error.409.text")));
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> stateConflict(StateConflictException e) {
        Object[] args = Arrays.stream(e.arguments())
                .map(a -> a instanceof Enum<?> en ? message(PageExceptionHandler.labelKey(en)) : a).toArray();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "illegal-transition", message("error.409.transition.title"),
                messages.getMessage(e.messageCode(), args, e.messageCode(), LocaleContextHolder.getLocale()));
        problem.setProperty("reason", e.messageCode());
        return answer(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", message("error.validation.title"),
                message("error.validation.text"));
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageCode(),
                        p.arguments().toArray(), p.messageCode(), LocaleContextHolder.getLocale()))).toList());
        return answer(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument() {
        return answer(problem(HttpStatus.BAD_REQUEST, "bad-request", message("error.400.title"),
                message("error.400.text")));
    }

    /** A multipart body that cannot be read (the size limit is answered with 413 by the base class). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart() {
        return answer(problem(HttpStatus.BAD_REQUEST, "bad-request", message("error.400.title"),
                message(MalformedInputFilter.MULTIPART)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden() {
        return answer(problem(HttpStatus.FORBIDDEN, "forbidden", message("error.403.title"),
                message("error.403.text")));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized() {
        return answer(problem(HttpStatus.UNAUTHORIZED, "unauthorized", message("error.401.title"),
                message("error.401.text")));
    }

    /** Anything else is a bug: logged, and answered as a problem too, never as a page or a stack trace. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (unstorable(e)) {
            log.warn("A value the database cannot store reached it: {}", e.getMessage());
            return answer(problem(HttpStatus.BAD_REQUEST, "bad-request", message("error.400.title"),
                    message(UNSTORABLE)));
        }
        log.error("Unexpected error in the API", e);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message("error.500.title"),
                message("error.500.text")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", message("error.validation.title"),
                message("error.validation.text"));
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", fieldMessage(f))).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * Problems of the base class get a type and are written as problem+json whatever the request accepts (an
     * unparseable Accept header would otherwise leave the 406 without a body).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create("/problems/" + typeOf(statusCode)));
            }
            HttpHeaders withType = new HttpHeaders();
            withType.putAll(headers);
            withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, withType, statusCode, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static final String UNSTORABLE = "error.400.value";

    /**
     * The last line of defence: a value that no check refused before and that the database cannot store (SQLSTATE
     * class 22, "data exception": a date or a number out of range, a string too long) is bad input, not a bug.
     */
    static boolean unstorable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    static String typeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
        };
    }

    private String fieldMessage(FieldError error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
