package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.traodoi.IntegrationTest;

/** Through the real server (Tomcat's error dispatch included), never a stack trace. */
@IntegrationTest
class ErrorHandlingIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** Declares an 11 MB body and sends none: the answer must come before anything is read. */
    private String postDeclaringElevenMegabytes(String path, String contentType, String accept) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nAccept: " + accept + "\r\nContent-Length: " + (11 * 1024 * 1024) + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anOversizedRequestGets413WithAMessage() throws Exception {
        String page = postDeclaringElevenMegabytes("/login", "application/x-www-form-urlencoded", "text/html");
        assertThat(page).startsWith("HTTP/1.1 413").contains("Dữ liệu gửi lên quá lớn").doesNotContain("Exception");

        String api = postDeclaringElevenMegabytes("/api/v1/organizations", "application/json", "application/json");
        assertThat(api).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("/problems/payload-too-large");
    }

    @Test
    void anUnknownPageIsAFriendlyPageAndAnUnknownApiPathIsProblemJson() throws Exception {
        HttpResponse<String> page = send(to("/places/123456789"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy").contains("Về trang chủ").doesNotContain("at vn.traodoi");

        HttpResponse<String> api = send(to("/api/v1/places?q=Hu%E1%BA%BF&at=not-a-date"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("/problems/unauthorized").doesNotContain("Exception");
    }

    @Test
    void theErrorPageSpeaksEnglishWhenAsked() throws Exception {
        HttpResponse<String> page = send(to("/places/123456789?lang=en"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found");
    }

    @Test
    void healthAndTheOpenApiDocumentArePublic() throws Exception {
        assertThat(send(to("/actuator/health")).body()).contains("UP");
        HttpResponse<String> openapi = send(to("/v3/api-docs"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/places").contains("/api/v1/organizations");
    }
}
