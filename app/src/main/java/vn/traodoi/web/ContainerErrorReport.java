package vn.traodoi.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself, for requests it refuses before they reach the application (a NUL or bytes that are not
 * UTF-8 in the path, {@code %2F}, a request line or headers over the limit): problem+json under {@code /api/} and when
 * the path could not even be read, a short Vietnamese page otherwise. Requests that reached the application have their
 * errors rendered by {@link TraodoiErrorController}; this valve answers only when nothing was written.
 */
final class ContainerErrorReport extends ErrorReportValve {

    private static final Locale VIETNAMESE = WebConfiguration.VIETNAMESE;

    private final MessageSource messages;
    private final JsonMapper json;

    ContainerErrorReport(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        int known = TraodoiErrorController.known(status == null ? HttpStatus.BAD_REQUEST : status);
        String title = message("error." + known + ".title");
        String detail = message(known == 400 ? "error.400.address" : "error." + known + ".text");
        String uri = request.getRequestURI();
        boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/");
        try {
            response.setCharacterEncoding("UTF-8");
            String body;
            if (api) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "/problems/" + ApiExceptionHandler.typeOf(HttpStatusCode.valueOf(code)));
                problem.put("title", title);
                problem.put("status", code);
                problem.put("detail", detail);
                body = json.writeValueAsString(problem);
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                body = """
                        <!DOCTYPE html>
                        <html lang="vi"><head><meta charset="utf-8"><title>%1$s</title>
                        <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
                        <body><main class="container py-4"><h1 class="h3">%1$s</h1><p>%2$s</p>
                        <p class="text-muted small">%3$s: %4$d</p>
                        <p><a class="btn btn-outline-primary" href="/">%5$s</a></p></main></body></html>
                        """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail),
                        HtmlUtils.htmlEscape(message("error.code")), code, HtmlUtils.htmlEscape(message("error.home")));
            }
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was taken over: nothing more to say.
        }
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, VIETNAMESE);
    }
}
