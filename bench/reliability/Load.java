// Load driver of the reliability suite: signs in like a browser, writes through the API, reads pages, and says
// what it saw. Run with JDK 25 as a single source file: java bench/reliability/Load.java MODE ...
//
//   token BASE USER PASSWORD                  prints a new personal API token (td_…)
//   write BASE TOKEN SECONDS WRITERS ACKED PREFIX
//                                             creates draft delegations titled PREFIX-w-n for SECONDS; every title
//                                             answered 201 is appended to ACKED (flushed at once); errors are counted
//   mix BASE USER PASSWORD TOKEN SECONDS CLIENTS ACKED PREFIX PATH...
//                                             CLIENTS signed-in users each loop: a page of PATH (round robin) and,
//                                             one request in five, a write as above; a page that sends the user back
//                                             to the sign-in page counts as a lost session
//   lost ACKED STORED                         acknowledged titles missing from STORED (one title a line)
//
// Loopback only; every loop stops by itself after SECONDS, and every request has a 30 s timeout.
import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Load {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "token" -> System.out.println(token(args[1], args[2], args[3]));
            case "write" -> write(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]), args[6]);
            case "mix" -> mix(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Path.of(args[7]), args[8], List.of(args).subList(9, args.length));
            case "lost" -> lost(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** A browser-like client signed in through the form (cookies kept in memory). */
    static HttpClient signIn(String base, String user, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = client.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signed = client.send(post(base + "/login", Map.of("username", user,
                "password", password, "_csrf", csrf(form))), HttpResponse.BodyHandlers.ofString());
        String location = signed.headers().firstValue("Location").orElse("");
        if (signed.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + signed.statusCode() + " " + location);
        }
        return client;
    }

    static HttpClient api() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static String token(String base, String user, String password) throws Exception {
        HttpClient client = signIn(base, user, password);
        String account = client.send(get(base + "/account"), HttpResponse.BodyHandlers.ofString()).body();
        String page = client.send(post(base + "/account/tokens", Map.of("name", "reliability " + System.nanoTime(),
                "_csrf", csrf(account))), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("td_[A-Za-z0-9_-]{20,}").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no token on the account page");
        }
        return m.group();
    }

    static void write(String base, String token, int seconds, int writers, Path acked, String prefix)
            throws Exception {
        Stats stats = new Stats();
        HttpClient client = api();
        try (PrintWriter out = ackFile(acked)) {
            long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            run(writers, w -> {
                for (long n = 1; System.nanoTime() < until; n++) {
                    writeOne(client, base, token, prefix + "-" + w + "-" + n, out, stats);
                }
            });
        }
        System.out.println(stats.line("write writers=" + writers + " seconds=" + seconds, seconds));
    }

    static void mix(String base, String user, String password, String token, int seconds, int clients, Path acked,
            String prefix, List<String> paths) throws Exception {
        Stats stats = new Stats();
        AtomicLong lostSessions = new AtomicLong();
        HttpClient api = api();
        try (PrintWriter out = ackFile(acked)) {
            // one after the other, as people arrive: sign-in is throttled per (user name, address), and a burst of
            // parallel sign-ins of one user from one address is exactly what it slows down
            List<HttpClient> browsers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                browsers.add(signIn(base, user, password));
            }
            long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            run(clients, c -> {
                HttpClient browser = browsers.get(c - 1);
                boolean lost = false;
                for (long n = 1; System.nanoTime() < until; n++) {
                    if (n % 5 == 0) {
                        writeOne(api, base, token, prefix + "-" + c + "-" + n, out, stats);
                        continue;
                    }
                    String path = paths.get((int) ((c + n) % paths.size()));
                    long started = System.nanoTime();
                    try {
                        HttpResponse<Void> r = browser.send(get(base + path), HttpResponse.BodyHandlers.discarding());
                        stats.record(r.statusCode(), System.nanoTime() - started);
                        if (r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login")
                                && !lost) {
                            lost = true;
                            lostSessions.incrementAndGet();
                        }
                    } catch (IOException e) {
                        stats.error(e);
                    }
                }
            });
        }
        System.out.println(stats.line("mix clients=" + clients + " seconds=" + seconds, seconds)
                + " sessions=" + clients + " sessions_lost=" + lostSessions.get());
    }

    static void writeOne(HttpClient client, String base, String token, String title, PrintWriter acked, Stats stats)
            throws InterruptedException {
        String body = "{\"kind\":\"SURVEY\",\"title\":\"" + title + "\",\"version\":0}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/delegations")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
            stats.record(r.statusCode(), System.nanoTime() - started);
            if (r.statusCode() == 201) {
                stats.acked.incrementAndGet();
                synchronized (acked) {
                    acked.println(title);
                    acked.flush();
                }
            }
        } catch (IOException e) {
            stats.error(e);
        }
    }

    static void lost(Path acked, Path stored) throws IOException {
        Set<String> there = new HashSet<>(Files.readAllLines(stored));
        List<String> ack = Files.readAllLines(acked).stream().filter(s -> !s.isBlank()).toList();
        long missing = ack.stream().filter(t -> !there.contains(t)).count();
        System.out.println("acknowledged=" + ack.size() + " stored=" + ack.stream().filter(there::contains).count()
                + " lost=" + missing);
    }

    interface Body {
        void run(int worker) throws Exception;
    }

    static void run(int workers, Body body) throws InterruptedException {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 1; w <= workers; w++) {
                int worker = w;
                pool.submit(() -> {
                    try {
                        body.run(worker);
                    } catch (Exception e) {
                        System.err.println("worker " + worker + " stopped: " + e);
                    }
                    return null;
                });
            }
        }
    }

    static PrintWriter ackFile(Path acked) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(acked, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    }

    static HttpRequest post(String url, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    /** Counts by status class, latencies, errors; thread-safe. */
    static final class Stats {
        final Map<Integer, AtomicLong> byClass = new ConcurrentHashMap<>();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();
        final AtomicLong acked = new AtomicLong();
        final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();

        void record(int status, long nanos) {
            byClass.computeIfAbsent(status / 100, k -> new AtomicLong()).incrementAndGet();
            latencies.add(nanos);
        }

        void error(Exception e) throws InterruptedException {
            errors.incrementAndGet();
            errorKinds.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            if (errors.get() < 5) {
                System.err.println("request failed: " + e);
            }
            Thread.sleep(50); // a refused connection answers at once: no busy loop while a server is down
        }

        String line(String what, int seconds) {
            List<Long> sorted;
            synchronized (latencies) {
                sorted = new ArrayList<>(latencies);
            }
            Collections.sort(sorted);
            long requests = sorted.size();
            return String.format(java.util.Locale.ROOT,
                    "%s requests=%d rps=%.1f p50=%.1fms p99=%.1fms 2xx=%d 3xx=%d 4xx=%d 5xx=%d errors=%d%s acked=%d",
                    what, requests, requests / (double) seconds, pct(sorted, 0.50), pct(sorted, 0.99), count(2),
                    count(3), count(4), count(5), errors.get(), errorKinds.isEmpty() ? "" : " " + errorKinds,
                    acked.get());
        }

        long count(int c) {
            AtomicLong n = byClass.get(c);
            return n == null ? 0 : n.get();
        }

        static double pct(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
        }
    }
}
