package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A user agent on the real server (Tomcat included, unlike MockMvc): its cookies and the CSRF token of its session,
 * signed in through the sign-in form like a browser, or anonymous.
 */
record HttpAgent(String base, CookieManager cookies, @Nullable String csrf, HttpClient http) {

    /** What came back; {@link #text()} is what a reader sees of a page. */
    record Response(int status, @Nullable String contentType, String body) {

        String text() {
            return HtmlUtils.htmlUnescape(body.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
        }
    }

    /** No cookies, no session: for the API with a token, or for what needs no sign-in. */
    static HttpAgent plain(String base) {
        CookieManager cookies = new CookieManager();
        return new HttpAgent(base, cookies, null, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .build());
    }

    /** An anonymous visitor with a session and its CSRF token, as the sign-in page gives them. */
    static HttpAgent anonymous(String base) throws Exception {
        HttpAgent agent = plain(base);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(agent.get("/login").body());
        assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
        return agent.withCsrf(m.group(1));
    }

    static HttpAgent signIn(String base, String username, String password) throws Exception {
        HttpAgent agent = anonymous(base);
        Response login = agent.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password, "_csrf",
                        agent.csrf()))).build());
        assertThat(login.status()).isEqualTo(302);
        Response account = agent.get("/account");
        assertThat(account.status()).as("signed in").isEqualTo(200);
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(account.body());
        assertThat(meta.find()).isTrue();
        return agent.withCsrf(meta.group(1));
    }

    /** A personal API token, created on "Tài khoản của tôi" as a user would. */
    String createToken(String name) throws Exception {
        Response page = postForm("/account/tokens", "name", name);
        Matcher secret = Pattern.compile("id=\"token-secret\">(td_[A-Za-z0-9_-]+)<").matcher(page.body());
        assertThat(secret.find()).as("the page shows the new token").isTrue();
        return secret.group(1);
    }

    HttpAgent withCsrf(String token) {
        return new HttpAgent(base, cookies, token, http);
    }

    Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                new String(r.body(), StandardCharsets.UTF_8));
    }

    Response get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    /** A form posted with the session's CSRF token, as a page's form does. */
    Response postForm(String path, String... nameValues) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", String.valueOf(csrf))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(nameValues))).build());
    }

    /** JSON to the API with a personal token. */
    Response json(String method, String path, String token, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    static String form(String... nameValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            pairs.add(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    /**
     * For what java.net.URI refuses to carry (a malformed %-escape) or a body of any bytes: one HTTP/1.1 request over
     * a socket, with the agent's cookies.
     */
    Response raw(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        URI server = URI.create(base);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(server.getHost()).append("\r\nConnection: close\r\n");
            List<HttpCookie> jar = cookies.getCookieStore().get(server);
            if (!jar.isEmpty()) {
                head.append("Cookie: ").append(String.join("; ", jar.stream().map(HttpCookie::toString).toList()))
                        .append("\r\n");
            }
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] bytes) throws IOException {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no response head: " + all);
        }
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] rest = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = dechunk(rest);
        }
        return new Response(status, headers.get("content-type"), new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(n, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }
}
