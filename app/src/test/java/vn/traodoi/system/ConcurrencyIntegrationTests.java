package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DemoSeeds;
import vn.traodoi.news.NewsSeeds;
import vn.traodoi.workshop.WorkshopSeeds;

/**
 * Many readers at once over real HTTP: 64 concurrent requests at each of a delegation page, its API, a workshop page,
 * the search and a public article all answer 200 with the pool of 10 connections, because no request holds one
 * connection while it borrows a second (a query inside another query's row mapper did, and starved the pool).
 */
@IntegrationTest
class ConcurrencyIntegrationTests {

    static final int CLIENTS = 64;
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sixtyFourConcurrentReadersOfEachPageAllGet200() throws Exception {
        long delegation = DemoSeeds.delegation(context, "seed-000");
        long workshop = WorkshopSeeds.seed003(context);
        String article = NewsSeeds.seed000Article(context);
        CurrentUser organizer = users.user(jdbc.sql("SELECT organizer_id FROM delegations WHERE id = ?").param(delegation)
                .query(Long.class).single(), Role.ORGANIZER);
        CurrentUser holder = users.user(jdbc.sql("SELECT owner_id FROM workshops WHERE id = ?").param(workshop)
                .query(Long.class).single(), Role.ORGANIZER);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
                HttpClient anonymous = client(threads);
                HttpClient organizerBrowser = signedIn(client(threads), organizer.username());
                HttpClient holderBrowser = signedIn(client(threads), holder.username())) {
            String token = apiToken(organizerBrowser);
            Map<String, Target> targets = new LinkedHashMap<>();
            targets.put("delegation page", new Target(organizerBrowser, get("/delegations/" + delegation).build()));
            targets.put("delegation API", new Target(anonymous, get("/api/v1/delegations/" + delegation)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build()));
            targets.put("workshop page", new Target(holderBrowser, get("/workshops/" + workshop).build()));
            targets.put("search", new Target(organizerBrowser,
                    get("/search?q=" + encode("chính quyền đô thị")).build()));
            targets.put("public article", new Target(anonymous, get(article).build()));
            for (Map.Entry<String, Target> target : targets.entrySet()) {
                assertThat(all(threads, target.getValue()))
                        .as("answers to %d concurrent requests at the %s (%s)", CLIENTS, target.getKey(),
                                target.getValue().request().uri().getPath())
                        .isEqualTo(Map.of("200", CLIENTS));
            }
        }
    }

    /** A request, and the client (with its cookies, for a signed-in user) that sends it. */
    private record Target(HttpClient http, HttpRequest request) {
    }

    /** Sends the request {@code CLIENTS} times at once; how many times each status (or failure) came back. */
    private static Map<String, Integer> all(ExecutorService threads, Target target) throws Exception {
        List<Future<String>> answers = IntStream.range(0, CLIENTS).mapToObj(i -> threads.submit(() -> {
            try {
                return String.valueOf(target.http().send(target.request(), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
            } catch (IOException e) {
                return e.getClass().getSimpleName();
            }
        })).toList();
        Map<String, Integer> counts = new TreeMap<>();
        for (Future<String> answer : answers) {
            counts.merge(answer.get(), 1, Integer::sum);
        }
        return counts;
    }

    /** A client like a browser: its own cookies, HTTP/1.1 (a connection per concurrent request), redirects not followed. */
    private static HttpClient client(ExecutorService threads) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT)
                .build();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(TIMEOUT);
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    /** Signs the client in through the login form; its cookie jar keeps the session. */
    private HttpClient signedIn(HttpClient browser, String username) throws Exception {
        HttpResponse<String> login = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signedIn = browser.send(post("/login", "username=" + encode(username) + "&password="
                + encode(TestUsers.PASSWORD) + "&_csrf=" + encode(csrf(login.body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    /** A personal API token made on "Tài khoản của tôi", as a user would. */
    private String apiToken(HttpClient browser) throws Exception {
        HttpResponse<String> account = browser.send(get("/account").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> created = browser.send(post("/account/tokens",
                "name=" + encode("Đo tải") + "&_csrf=" + encode(csrf(account.body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(200);
        return Jsoup.parse(created.body()).getElementById("token-secret").text();
    }

    private static String csrf(String page) {
        return Jsoup.parse(page).select("input[name=_csrf]").first().val();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
