package vn.traodoi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the servlet container's errors (unknown paths, 413, errors outside controllers) look like:
 * problem+json under {@code /api} or for JSON clients, the friendly error page otherwise.
 */
@Controller
class TraodoiErrorController implements ErrorController {

    private final MessageSource messages;

    TraodoiErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @ResponseBody
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ApiExceptionHandler.problem(status, ApiExceptionHandler.typeOf(status),
                message("error." + known(status) + ".title"), message(detailCode(request, status)));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }

    @RequestMapping("/error")
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            return "forward:/error/problem";
        }
        HttpStatus status = status(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setStatus(status.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        model.addAttribute("status", known(status));
        model.addAttribute("detailCode", detailCode(request, status));
        return "error";
    }

    @RequestMapping("/error/problem")
    @ResponseBody
    ResponseEntity<ProblemDetail> apiProblem(HttpServletRequest request) {
        return problem(request);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if ((status == null || status == HttpStatus.INTERNAL_SERVER_ERROR)
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e
                && DatabaseUnavailable.isDatabaseDown(e)) {
            return HttpStatus.SERVICE_UNAVAILABLE; // e.g. the session could not be read: the database is restarting
        }
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** What went wrong in words: why the input was refused ({@link MalformedInputFilter}), or what the status means. */
    private static String detailCode(HttpServletRequest request, HttpStatus status) {
        return request.getAttribute(MalformedInputFilter.REASON) instanceof String reason ? reason
                : "error." + known(status) + ".text";
    }

    /** Statuses the bundles describe; any other is shown as a 500 or a 400. */
    static int known(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415, 500, 503 -> status.value();
            default -> status.is4xxClientError() ? 400 : 500;
        };
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
