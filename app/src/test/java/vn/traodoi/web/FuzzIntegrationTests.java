package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Thousands of seeded-random malformed requests, through the real server, over every operation of the OpenAPI document
 * and every route of the pages (taken from the handler mapping, with the fields their handlers bind): wrong types,
 * missing fields, 1 MB strings, NUL, invalid UTF-8, combining marks, huge numbers, impossible dates, script and SQL
 * metacharacters, bad multipart and wrong content types. Never a 5xx, never a stack trace, and every API error is
 * problem+json. The seed is printed; {@code -Dtraodoi.fuzz.seed=…} replays a run and {@code -Dtraodoi.fuzz.requests=…}
 * sizes it. The fuzzer signs in as an organizer (with every role) of an organization of its own and substitutes the ids
 * of its own records, of another organization's records and random ones, so that it changes nothing other tests read.
 */
@IntegrationTest
class FuzzIntegrationTests {

    private static final long SEED = Long.getLong("traodoi.fuzz.seed", 20_261_201L);
    private static final int REQUESTS = Integer.getInteger("traodoi.fuzz.requests", 2_400);
    private static final int CLIENTS = 4;
    private static final String VERSION = "__V__";
    private static final Pattern STACK_TRACE = Pattern.compile("at vn\\.traodoi|org\\.springframework"
            + "|\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b|\\b[A-Z][A-Za-z0-9_]*Exception:");
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String base;
    private long org;
    private long hostOrg;
    private long strangerOrg;
    private CurrentUser organizer;
    private CurrentUser stranger;
    private HttpAgent signedIn;
    private HttpAgent anonymous;
    private HttpAgent plain;
    private String bearer;
    private final Map<String, List<String>> pools = new ConcurrentHashMap<>();

    @BeforeEach
    void base() {
        base = "http://localhost:" + port;
        plain = HttpAgent.plain(base);
    }

    // ------------------------------------------------------------------------------------------------ the tests

    @Test
    void theFuzzerWalksEveryApiOperationOfTheHandlerMapping() throws Exception {
        Set<String> documented = new TreeSet<>();
        apiEndpoints(openApi()).forEach(e -> documented.add(e.method() + " " + e.pattern()));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    methods(info).forEach(m -> mapped.add(m + " " + pattern));
                }
            }
        });
        assertThat(documented).as("the OpenAPI document lists every API operation").isEqualTo(mapped);
        assertThat(pageEndpoints().stream().filter(e -> e.method().equals("POST")).count())
                .as("the page forms found in the handler mapping").isGreaterThan(50);
    }

    @Test
    void malformedRequestsNeverGive5xxNorStackTracesAndApiErrorsAreProblemJson() throws Exception {
        System.out.println("Fuzz seed " + SEED + " (replay with -Dtraodoi.fuzz.seed=" + SEED + "), " + REQUESTS + " requests");
        long started = System.nanoTime();
        Random random = new Random(SEED);
        signIn();
        createRecords();
        loadPools();

        List<Endpoint> endpoints = new ArrayList<>(apiEndpoints(openApi()));
        endpoints.addAll(pageEndpoints());
        endpoints.add(new Endpoint("POST", "/login", false, List.of(text("username", true), text("password", true)), null));

        Results results = new Results();
        // First every endpoint once with valid values, the creations first, so that the records they make can be named.
        int index = 0;
        for (boolean withIds : new boolean[] {false, true}) {
            for (Endpoint e : endpoints) {
                if (e.pattern().contains("{") == withIds) {
                    results.check(send(plan(index++, e, random, true)));
                }
            }
            loadPools();
        }

        List<Planned> planned = new ArrayList<>();
        List<Endpoint> order = new ArrayList<>(endpoints);
        while (index < REQUESTS) {
            Collections.shuffle(order, random);
            for (Endpoint e : order) {
                if (index >= REQUESTS) {
                    break;
                }
                planned.add(plan(index++, e, random, false));
            }
        }
        Semaphore clients = new Semaphore(CLIENTS);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (Planned p : planned) {
                running.add(threads.submit(() -> {
                    clients.acquireUninterruptibly();
                    try {
                        results.check(send(p));
                    } finally {
                        clients.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println(results.summary(took));
        assertThat(results.count()).isGreaterThanOrEqualTo(2_000);
        assertThat(results.failures).as(results.report()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ set-up

    private void signIn() throws Exception {
        org = users.organization("Sở Nội vụ thử nghiệm đầu vào");
        hostOrg = jdbc.sql("INSERT INTO organizations (name, kind, unit_id) VALUES (?, 'SO', "
                        + "(SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '79')) RETURNING id")
                .param("Sở tiếp đón thử nghiệm đầu vào " + System.nanoTime()).query(Long.class).single();
        strangerOrg = users.organization("Cơ quan khác thử nghiệm đầu vào");
        organizer = users.user(org, Role.values());
        stranger = users.user(strangerOrg, Role.values());
        signedIn = HttpAgent.signIn(base, organizer.username(), TestUsers.PASSWORD);
        anonymous = HttpAgent.anonymous(base);
        bearer = signedIn.createToken("Kiểm thử đầu vào");
    }

    /** A delegation of the fuzzer's with a document, a topic, a member, a stop and a session; one of a stranger's. */
    private void createRecords() throws Exception {
        for (int i = 0; i < 2; i++) {
            long id = createDelegation(bearer, "Đoàn kiểm thử đầu vào " + i);
            apiJson("POST", "/api/v1/delegations/" + id + "/documents", """
                    {"type":"KE_HOACH","numberSymbol":"12/KH-UBND","issuedOn":"2026-01-05","version":%d}""", id);
            apiJson("POST", "/api/v1/delegations/" + id + "/topics", """
                    {"content":"Kinh nghiệm cải cách hành chính","version":%d}""", id);
            apiJson("POST", "/api/v1/delegations/" + id + "/members", """
                    {"role":"HEAD","newPerson":"Đ/c Nguyễn Văn Thử, Giám đốc Sở","version":%d}""", id);
            apiJson("POST", "/api/v1/delegations/" + id + "/stops", """
                    {"hostOrganizationId":%d,"startDate":"2026-03-02","endDate":"2026-03-03","version":%%d}"""
                    .formatted(hostOrg), id);
            Long stop = jdbc.sql("SELECT min(id) FROM delegation_stops WHERE delegation_id = ?").param(id)
                    .query(Long.class).single();
            apiJson("POST", "/api/v1/delegations/" + id + "/sessions", """
                    {"stopId":%d,"date":"2026-03-02","partOfDay":"MORNING","kind":"WORKING_SESSION",
                     "chair":"đồng chí Trần Văn Chủ Trì","topics":"(1) tổ chức bộ máy","version":%%d}"""
                    .formatted(stop), id);
        }
        HttpAgent.signIn(base, stranger.username(), TestUsers.PASSWORD).postForm("/delegations/new", "kind", "SURVEY",
                "title", "Đoàn của cơ quan khác", "startDate", "02/03/2026", "endDate", "03/03/2026", "version", "0");
        jdbc.sql("INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES (?, 'khác', ?, 'td_fuzzx')")
                .params(stranger.userId(), "fuzz-" + System.nanoTime()).update();
    }

    private long createDelegation(String token, String title) throws Exception {
        HttpAgent.Response created = plain.json("POST", "/api/v1/delegations", token, """
                {"kind":"STUDY","title":"%s","startDate":"2026-03-02","endDate":"2026-03-03","declaredMemberCount":12}"""
                .formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private void apiJson(String method, String path, String json, long delegation) throws Exception {
        HttpAgent.Response r = plain.json(method, path, bearer, json.formatted(version("delegations", delegation)));
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isLessThan(300);
    }

    private int version(String table, long id) {
        try {
            return jdbc.sql("SELECT version FROM " + table + " WHERE id = ?").param(id).query(Integer.class).optional()
                    .orElse(0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The ids and keys the fuzzer may name: its own records, the stranger's and read-only reference data. */
    private void loadPools() {
        String delegations = "SELECT id FROM delegations WHERE organizer_id IN (:org, :stranger)";
        String stops = "SELECT id FROM delegation_stops WHERE delegation_id IN (" + delegations + ")";
        String sessions = "SELECT id FROM delegation_sessions WHERE stop_id IN (" + stops + ")";
        String workshops = "SELECT id FROM workshops WHERE owner_id IN (:org, :stranger)";
        String articles = "SELECT id FROM news_articles WHERE organization_id IN (:org, :stranger)";
        String tasks = "SELECT id FROM follow_up_tasks WHERE owner_id IN (:org, :stranger)";
        pool("delegations", delegations);
        pool("documents", "SELECT id FROM delegation_documents WHERE delegation_id IN (" + delegations + ")");
        pool("topics", "SELECT id FROM delegation_topics WHERE delegation_id IN (" + delegations + ")");
        pool("members", "SELECT id FROM delegation_members WHERE delegation_id IN (" + delegations + ")");
        pool("stops", stops);
        pool("sessions", sessions);
        pool("sessionPhotos", "SELECT id FROM session_photos WHERE session_id IN (" + sessions + ")");
        pool("workshops", workshops);
        pool("participants", "SELECT id FROM workshop_participants WHERE workshop_id IN (" + workshops + ")");
        pool("invitations", "SELECT id FROM workshop_invitations WHERE workshop_id IN (" + workshops + ")");
        pool("drafts", "SELECT id FROM workshop_drafts WHERE workshop_id IN (" + workshops + ")");
        pool("templates", "SELECT id FROM response_templates WHERE owner_id IN (:org, :stranger)");
        pool("articles", articles);
        pool("newsPhotos", "SELECT id FROM news_photos WHERE article_id IN (" + articles + ")");
        pool("categories", "SELECT id FROM news_categories WHERE organization_id IN (:org, :stranger)");
        pool("tasks", tasks);
        pool("evidence", "SELECT id FROM task_evidence_files WHERE task_id IN (" + tasks + ")");
        pool("imports", "SELECT id FROM article_imports WHERE organization_id IN (:org, :stranger)");
        pool("organizations", "SELECT id FROM organizations WHERE id IN (:org, :host, :stranger)");
        pool("users", "SELECT id FROM users WHERE organization_id = :stranger");
        pool("tokens", "SELECT id FROM api_tokens WHERE user_id IN (SELECT id FROM users WHERE organization_id = :stranger)");
        pool("persons", "SELECT id FROM persons WHERE created_by_organization_id IN (:org, :stranger) "
                + "UNION (SELECT id FROM persons ORDER BY id LIMIT 3)");
        pool("units", "SELECT id FROM administrative_units ORDER BY id LIMIT 4");
        pool("indexTopics", "SELECT id FROM index_topics ORDER BY id LIMIT 3");
        pool("sites", "SELECT slug FROM news_sites");
        pool("articleSlugs", "SELECT slug FROM news_articles WHERE status = 'PUBLISHED' ORDER BY id LIMIT 5");
        pool("categorySlugs", "SELECT slug FROM news_categories ORDER BY id LIMIT 5");
        pool("indexCodes", "SELECT code FROM governance_indices");
        pool("indexYears", "SELECT DISTINCT CAST(year AS text) FROM index_editions");
    }

    private void pool(String name, String sql) {
        pools.put(name, jdbc.sql(sql).param("org", org).param("host", hostOrg).param("stranger", strangerOrg)
                .query((rs, n) -> rs.getString(1)).list());
    }

    // ------------------------------------------------------------------------------------------------ endpoints

    /** What a field of a form, a query or a JSON body holds. */
    enum Kind { TEXT, INTEGER, NUMBER, BOOLEAN, DATE, DATETIME, ENUM, LIST, OBJECT, FILE }

    record Field(String name, Kind kind, boolean required, @Nullable String pattern, List<String> choices,
            @Nullable Field element, List<Field> properties) {
    }

    /** One route: for the API the query fields and the JSON body; for pages the fields its handler binds. */
    record Endpoint(String method, String pattern, boolean api, List<Field> fields, @Nullable Field body) {

        String key() {
            return method + " " + pattern;
        }

        boolean multipart() {
            return fields.stream().anyMatch(f -> f.kind() == Kind.FILE);
        }
    }

    private static Field text(String name, boolean required) {
        return new Field(name, Kind.TEXT, required, null, List.of(), null, List.of());
    }

    private JsonNode openApi() throws Exception {
        HttpAgent.Response r = plain.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build());
        assertThat(r.status()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static List<Endpoint> apiEndpoints(JsonNode doc) {
        List<Endpoint> out = new ArrayList<>();
        JsonNode schemas = doc.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<Field> query = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if ("query".equals(p.path("in").asString())) {
                        query.add(schemaField(p.path("name").asString(), p.path("schema"), p.path("required").asBoolean(),
                                schemas, 0));
                    }
                }
                JsonNode content = op.getValue().path("requestBody").path("content");
                Field body = content.has("application/json")
                        ? schemaField("body", content.path("application/json").path("schema"), true, schemas, 0) : null;
                out.add(new Endpoint(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), true, query, body));
            }
        }
        out.sort(Comparator.comparing(Endpoint::key));
        return out;
    }

    private static Field schemaField(String name, JsonNode schema, boolean required, JsonNode schemas, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        String type = schema.path("type").asString("object");
        if (schema.has("enum")) {
            List<String> choices = new ArrayList<>();
            schema.path("enum").forEach(v -> choices.add(v.asString()));
            return new Field(name, Kind.ENUM, required, null, choices, null, List.of());
        }
        return switch (type) {
            case "integer" -> new Field(name, Kind.INTEGER, required, null, List.of(), null, List.of());
            case "number" -> new Field(name, Kind.NUMBER, required, null, List.of(), null, List.of());
            case "boolean" -> new Field(name, Kind.BOOLEAN, required, null, List.of(), null, List.of());
            case "array" -> new Field(name, Kind.LIST, required, null, List.of(),
                    schemaField(name, schema.path("items"), false, schemas, depth + 1), List.of());
            case "string" -> switch (schema.path("format").asString("")) {
                case "date" -> new Field(name, Kind.DATE, required, "yyyy-MM-dd", List.of(), null, List.of());
                case "date-time" -> new Field(name, Kind.DATETIME, required, "yyyy-MM-dd'T'HH:mm:ss'Z'", List.of(), null,
                        List.of());
                case "binary" -> new Field(name, Kind.FILE, required, null, List.of(), null, List.of());
                default -> text(name, required);
            };
            default -> {
                List<Field> properties = new ArrayList<>();
                Set<String> requiredNames = new TreeSet<>();
                schema.path("required").forEach(v -> requiredNames.add(v.asString()));
                if (depth < 3) {
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        properties.add(schemaField(p.getKey(), p.getValue(), requiredNames.contains(p.getKey()), schemas,
                                depth + 1));
                    }
                }
                yield new Field(name, Kind.OBJECT, required, null, List.of(), null, properties);
            }
        };
    }

    /** Every route of the pages with the request parameters and form fields its handler binds. */
    List<Endpoint> pageEndpoints() {
        List<Endpoint> out = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/error") || pattern.startsWith("/v3/")
                        || pattern.startsWith("/swagger")) {
                    continue;
                }
                for (String method : methods(info)) {
                    out.add(new Endpoint(method, pattern, false, fieldsOf(handler), null));
                }
            }
        });
        out.sort(Comparator.comparing(Endpoint::key));
        return out;
    }

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).sorted().toList();
    }

    private static List<Field> fieldsOf(HandlerMethod handler) {
        List<Field> fields = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || p.hasParameterAnnotation(RequestHeader.class) || p.hasParameterAnnotation(CookieValue.class)
                    || (MultipartFile.class != type && framework(type))) {
                continue;
            }
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null || BeanUtils.isSimpleValueType(type) || MultipartFile.class == type) {
                String name = param != null && !param.name().isEmpty() ? param.name() : p.getParameterName();
                boolean required = param != null && param.required()
                        && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
                fields.add(javaField(name, type, p.getGenericParameterType(), p.getParameterAnnotation(DateTimeFormat.class),
                        required));
            } else if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    java.lang.reflect.Field f;
                    try {
                        f = type.getDeclaredField(c.getName());
                    } catch (NoSuchFieldException e) {
                        throw new IllegalStateException(e);
                    }
                    fields.add(javaField(c.getName(), c.getType(), c.getGenericType(), f.getAnnotation(DateTimeFormat.class),
                            f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class)));
                }
            } else {
                for (var d : BeanUtils.getPropertyDescriptors(type)) {
                    if (d.getWriteMethod() != null) {
                        fields.add(javaField(d.getName(), d.getPropertyType(),
                                d.getWriteMethod().getGenericParameterTypes()[0], null, false));
                    }
                }
            }
        }
        return fields;
    }

    private static boolean framework(Class<?> type) {
        String name = type.getName();
        return name.startsWith("org.springframework.") || name.startsWith("jakarta.servlet.") || type == Locale.class
                || type == Principal.class || type == CurrentUser.class;
    }

    private static Field javaField(String name, Class<?> type, Type generic, @Nullable DateTimeFormat format,
            boolean required) {
        if (MultipartFile.class.isAssignableFrom(type)) {
            return new Field(name, Kind.FILE, required, null, List.of(), null, List.of());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            Class<?> element = String.class;
            if (type.isArray()) {
                element = type.getComponentType();
            } else if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
                element = c;
            }
            return new Field(name, Kind.LIST, required, null, List.of(), javaField(name, element, element, format, false),
                    List.of());
        }
        Kind kind;
        List<String> choices = List.of();
        String pattern = null;
        if (type.isEnum()) {
            kind = Kind.ENUM;
            choices = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        } else if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class) {
            kind = Kind.INTEGER;
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            kind = Kind.NUMBER;
        } else if (type == boolean.class || type == Boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (type == LocalDate.class) {
            kind = Kind.DATE;
            pattern = format != null && !format.pattern().isEmpty() ? format.pattern()
                    : format != null && format.iso() == DateTimeFormat.ISO.DATE ? "yyyy-MM-dd" : "dd/MM/yyyy";
        } else if (type == LocalDateTime.class) {
            kind = Kind.DATETIME;
            pattern = format != null && !format.pattern().isEmpty() ? format.pattern() : "dd/MM/yyyy HH:mm";
        } else {
            kind = Kind.TEXT;
        }
        return new Field(name, kind, required || type.isPrimitive(), pattern, choices, null, List.of());
    }

    // ------------------------------------------------------------------------------------------------ planning

    /** A request ready to send, with the mutation that made it; {@link #VERSION} is replaced when it is sent. */
    record Planned(int index, String endpoint, String mutation, Who who, String method, String path,
            @Nullable String contentType, byte[] body, Map<String, String> headers, @Nullable String versionTable,
            long versionId) {
    }

    enum Who { SIGNED_IN, BEARER, ANONYMOUS, NO_CSRF, BAD_TOKEN }

    /** A form field or query parameter as bytes, or a file part. */
    record Entry(String name, byte[] value, @Nullable String fileName, @Nullable String contentType) {

        static Entry of(String name, String value) {
            return new Entry(name, value.getBytes(StandardCharsets.UTF_8), null, null);
        }
    }

    /** Bytes written into a JSON string as they are (invalid UTF-8, a raw NUL). */
    record Raw(byte[] bytes) {
    }

    /** A JSON token written as it is: 1e400, NaN, a version placeholder. */
    record Literal(String text) {
    }

    private static final String[] NUMBERS = {"99999999999999999999", "-9223372036854775809", "9223372036854775807",
        "2147483648", "-1", "0", "1e400", "NaN", "-Infinity", "0x1F", "١٢٣", "１２", "1_000", " 7", "1.5", "-0"};
    private static final String[] DATES = {"31/02/2026", "2026-13-45", "29/02/2025", "00/00/0000", "32/01/2026",
        "31/12/999999999", "01/01/-1", "1/1/26", "2026-02-31", "hôm nay", "99/99/9999 99:99", "2026-02-30T25:61:00Z"};
    private static final String[] METACHARACTERS = {"<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
        "' OR '1'='1' --", "'; DROP TABLE delegations; --", "%' OR 1=1 --", "\\", "%_%", "${7*7}", "#{7*7}",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "[[${7*7}]]", "{{7*7}}", "../../../../etc/passwd",
        "$(id)", "`id`", "<!--", "]]>", "\r\nSet-Cookie: x=1", "javascript:alert(1)", "' || pg_sleep(0) || '"};
    private static final String[] ODD_TEXT = {"a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a",
        "Z\u0351\u0352\u0353\u0354".repeat(400), "e\u0301", "\u202etxet", "\uFEFF", "😀".repeat(200), "\u0001\u0002\u001f\u007f",
        "\t\n\r", "\u2028\u2029", "   ", "", "\uD83D", "Ǆǅǆ", "ﬁ", "İı"};
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF, (byte) 0xFE}, {'a', (byte) 0xC3, '('},
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}};

    private static final List<String> FIELD_MUTATIONS = List.of("missing", "all-missing", "wrong-type", "huge-string",
            "nul", "invalid-utf8", "combining", "huge-number", "bad-date", "metacharacters", "odd-text", "empty",
            "repeated", "unknown-field", "file-content");
    private static final List<String> REQUEST_MUTATIONS = List.of("bad-path-id", "bad-query", "bad-content-type",
            "bad-multipart", "wrong-method", "accept");
    private static final List<String> JSON_MUTATIONS = List.of("malformed-json", "null-everywhere", "wrong-json-type",
            "deep-nesting", "duplicate-keys", "body-array");

    private Planned plan(int index, Endpoint e, Random random, boolean valid) {
        String mutation = valid ? "valid" : mutation(e, random);
        Who who = valid ? (e.api() ? Who.BEARER : e.pattern().equals("/login") ? Who.ANONYMOUS : Who.SIGNED_IN)
                : who(e, random);
        String method = e.method();
        Map<String, String> headers = new TreeMap<>();
        String[] version = {null};
        long[] versionId = {0};
        String path = fillPath(e.pattern(), random, mutation.equals("bad-path-id"), version, versionId);

        List<Entry> query = new ArrayList<>();
        List<Entry> form = new ArrayList<>();
        Object json = null;
        boolean bodyAllowed = !method.equals("GET") && !method.equals("DELETE");
        for (Field f : e.fields()) {
            if (!e.api() && bodyAllowed) {
                form.addAll(entries(f, random, e.api()));
            } else {
                query.addAll(entries(f, random, e.api()));
            }
        }
        if (e.body() != null) {
            json = jsonValue(e.body(), random, true);
        }
        if (FIELD_MUTATIONS.contains(mutation)) {
            List<Entry> target = !form.isEmpty() ? form : query;
            if (json != null && (target.isEmpty() || random.nextBoolean())) {
                json = mutateJson(json, mutation, random);
            } else {
                mutateEntries(target, mutation, random, !form.isEmpty());
            }
        }
        if (json != null && JSON_MUTATIONS.contains(mutation)) {
            json = jsonMutation(json, mutation, random);
        }
        String rawQuery = mutation.equals("bad-query") ? badQuery(random) : null;
        if (mutation.equals("wrong-method")) {
            method = List.of("PATCH", "PUT", "DELETE", "POST", "GET").get(random.nextInt(5));
            if (method.equals(e.method())) {
                method = "PATCH";
            }
            bodyAllowed = !method.equals("GET") && !method.equals("DELETE");
        }
        if (mutation.equals("accept")) {
            headers.put("Accept", List.of("application/xml", "text/html", "image/png", "*/*;q=0", "application/json",
                    "nonsense").get(random.nextInt(6)));
        }
        if (!e.api() && random.nextInt(5) == 0) {
            headers.put("HX-Request", "true");
        }

        String contentType = null;
        byte[] body = new byte[0];
        if (json != null && bodyAllowed) {
            contentType = "application/json";
            body = json instanceof byte[] bytes ? bytes : writeJson(json);
        } else if (!form.isEmpty() && bodyAllowed) {
            if (e.multipart()) {
                String boundary = "----fuzz" + Long.toHexString(random.nextLong());
                contentType = "multipart/form-data; boundary=" + boundary;
                body = multipart(boundary, form);
            } else {
                contentType = "application/x-www-form-urlencoded";
                body = urlEncoded(form).getBytes(StandardCharsets.US_ASCII);
            }
        } else if (!form.isEmpty()) {
            query.addAll(form);
        }
        if (mutation.equals("bad-multipart") || mutation.equals("bad-content-type")) {
            String[] made = mutateBody(mutation, random, contentType, body, form);
            contentType = made[0];
            body = made[1] == null ? new byte[0] : made[1].getBytes(StandardCharsets.ISO_8859_1);
        }
        if (!query.isEmpty()) {
            path = path + (path.contains("?") ? "&" : "?") + urlEncoded(query);
        }
        if (rawQuery != null) {
            path = path + (path.contains("?") ? "&" : "?") + rawQuery;
        }
        return new Planned(index, e.key(), mutation, who, method, path, contentType, body, headers, version[0],
                versionId[0]);
    }

    private static String mutation(Endpoint e, Random random) {
        int dice = random.nextInt(100);
        if (dice < 6) {
            return "valid";
        }
        if (e.body() != null && dice < 30) {
            return JSON_MUTATIONS.get(random.nextInt(JSON_MUTATIONS.size()));
        }
        if (dice < 48) {
            String m = REQUEST_MUTATIONS.get(random.nextInt(REQUEST_MUTATIONS.size()));
            return m.equals("bad-multipart") && !e.multipart() && random.nextBoolean() ? "bad-content-type" : m;
        }
        return FIELD_MUTATIONS.get(random.nextInt(FIELD_MUTATIONS.size()));
    }

    private static Who who(Endpoint e, Random random) {
        int dice = random.nextInt(100);
        if (e.pattern().equals("/login")) {
            return Who.ANONYMOUS;
        }
        if (e.api()) {
            return dice < 86 ? Who.BEARER : dice < 92 ? Who.ANONYMOUS : dice < 96 ? Who.SIGNED_IN : Who.BAD_TOKEN;
        }
        return dice < 84 ? Who.SIGNED_IN : dice < 95 ? Who.ANONYMOUS : Who.NO_CSRF;
    }

    /** The path with real ids of the fuzzer's (or the stranger's) records, random ones, or malformed ones. */
    private String fillPath(String pattern, Random random, boolean bad, String[] versionTable, long[] versionId) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
        int at = 0;
        List<String> vars = new ArrayList<>();
        while (m.find()) {
            vars.add(m.group(1));
        }
        int badOne = vars.isEmpty() ? -1 : random.nextInt(vars.size());
        m.reset();
        int i = 0;
        while (m.find()) {
            out.append(pattern, at, m.start());
            String var = m.group(1);
            String context = pattern.substring(0, m.start()).replaceFirst("^/api/v1", "");
            String value;
            if (bad && i == badOne) {
                value = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%00", "%ff%fe", "%20", "null",
                        "%3Cscript%3E", "%27%20OR%201%3D1--", "9".repeat(400), "%E1%BA", "..%2F..", "%2e%2e", "1e3",
                        "%C0%80").get(random.nextInt(17));
            } else {
                value = pathValue(context, var, random);
            }
            if (i == 0 && versionTable[0] == null) {
                String table = tableOf(context);
                if (table != null && value.chars().allMatch(Character::isDigit) && value.length() < 18) {
                    versionTable[0] = table;
                    versionId[0] = Long.parseLong(value);
                }
            }
            out.append(value);
            at = m.end();
            i++;
        }
        out.append(pattern.substring(at));
        return out.toString();
    }

    /** The record a path's first id names, by the path's start: the pool of ids and the table with its version. */
    private record Owner(String prefix, String pool, @Nullable String table) {
    }

    private static final List<Owner> OWNERS = List.of(new Owner("/delegations", "delegations", "delegations"),
            new Owner("/workshops", "workshops", "workshops"), new Owner("/news", "articles", "news_articles"),
            new Owner("/tasks", "tasks", "follow_up_tasks"), new Owner("/import", "imports", null),
            new Owner("/admin/organizations", "organizations", "organizations"),
            new Owner("/organizations", "organizations", "organizations"), new Owner("/admin/users", "users", "users"),
            new Owner("/account/tokens", "tokens", null), new Owner("/places", "units", null),
            new Owner("/units", "units", null), new Owner("/people", "persons", null));

    private static @Nullable Owner ownerOf(String context) {
        return OWNERS.stream().filter(o -> context.startsWith(o.prefix())).findFirst().orElse(null);
    }

    private static @Nullable String tableOf(String context) {
        Owner owner = ownerOf(context);
        return owner == null ? null : owner.table();
    }

    private String pathValue(String context, String var, Random random) {
        List<String> pool = switch (var) {
            case "id" -> idPool(context);
            case "documentId" -> pools.get("documents");
            case "topicId" -> pools.get("topics");
            case "memberId" -> pools.get("members");
            case "stopId" -> pools.get("stops");
            case "sessionId" -> pools.get("sessions");
            case "photoId" -> pools.get("sessionPhotos");
            case "photo" -> context.startsWith("/tin/") ? List.of("1", "2") : pools.get("newsPhotos");
            case "participantId" -> pools.get("participants");
            case "invitationId" -> pools.get("invitations");
            case "templateId" -> pools.get("templates");
            case "fileId" -> pools.get("evidence");
            case "number" -> List.of("1", "2");
            case "site" -> pools.get("sites");
            case "article" -> pools.get("articleSlugs");
            case "category" -> pools.get("categorySlugs");
            case "action" -> List.of("SUBMIT", "APPROVE", "REJECT", "REVISE", "REQUEST_HOSTS", "START", "COMPLETE",
                    "CANCEL", "POSTPONE", "CLOSE");
            case "code" -> pools.get("indexCodes");
            case "year" -> pools.get("indexYears");
            case "unitId" -> pools.get("units");
            default -> List.of();
        };
        if (pool == null || pool.isEmpty() || random.nextInt(4) == 0) {
            return switch (var) {
                case "site", "article", "category", "token", "code" -> "khong-co-" + random.nextInt(1000);
                case "action" -> "SUBMIT";
                default -> String.valueOf(List.of(0L, 1_000_000_000L + random.nextInt(1_000_000), Long.MAX_VALUE,
                        2_000_000_000L).get(random.nextInt(4)));
            };
        }
        return pool.get(random.nextInt(pool.size()));
    }

    /** Reference data that a POST would change (index topics) gets made-up ids only. */
    private List<String> idPool(String context) {
        Owner owner = ownerOf(context);
        return owner == null ? List.of() : pools.get(owner.pool());
    }

    /** A value the field accepts, as a form or a query sends it. */
    private List<Entry> entries(Field f, Random random, boolean api) {
        if (f.kind() == Kind.FILE) {
            boolean image = random.nextInt(3) > 0;
            return List.of(new Entry(f.name(), image ? PNG : "Ghi chú thử nghiệm\n".getBytes(StandardCharsets.UTF_8),
                    image ? "anh.png" : "ghi-chu.txt", image ? "image/png" : "text/plain"));
        }
        if (f.kind() == Kind.LIST && f.element() != null) {
            List<Entry> out = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                out.add(Entry.of(f.name(), scalar(f.element(), random, api)));
            }
            return out;
        }
        if (!f.required() && random.nextInt(5) == 0) {
            return List.of();
        }
        return List.of(Entry.of(f.name(), scalar(f, random, api)));
    }

    private String scalar(Field f, Random random, boolean api) {
        return switch (f.kind()) {
            case INTEGER -> f.name().equals("version") ? VERSION : idOrNumber(f.name(), random);
            case NUMBER -> String.valueOf(random.nextInt(100) / 10.0);
            case BOOLEAN -> random.nextBoolean() ? "true" : "false";
            case DATE -> LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28))
                    .format(DateTimeFormatter.ofPattern(f.pattern() == null ? "dd/MM/yyyy" : f.pattern()));
            case DATETIME -> LocalDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), 0)
                    .format(DateTimeFormatter.ofPattern(f.pattern() == null ? "dd/MM/yyyy HH:mm" : f.pattern()));
            case ENUM -> f.choices().get(random.nextInt(f.choices().size()));
            default -> textFor(f.name(), random);
        };
    }

    private static String textFor(String name, Random random) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("email")) {
            return "kiem.thu" + random.nextInt(1000) + "@example.vn";
        }
        if (n.contains("password")) {
            return "Mật-khẩu-rất-dài-" + random.nextInt(1_000_000);
        }
        if (n.equals("username")) {
            return "khong.co.ai." + random.nextInt(1000);
        }
        if (n.equals("answer")) {
            return random.nextBoolean() ? "confirm" : "propose";
        }
        return List.of("Đoàn khảo sát kinh nghiệm", "Nội dung thử nghiệm", "Ủy ban nhân dân tỉnh Thử",
                "Trần Văn Thử, Phó Giám đốc", "cải cách hành chính", "Hà Nội").get(random.nextInt(6)) + " "
                + random.nextInt(1000);
    }

    private String idOrNumber(String name, Random random) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("ids?$", "");
        String pool = n.endsWith("organization") || n.equals("issuer") || n.equals("parent") || n.equals("host")
                ? "organizations"
                : n.endsWith("person") ? "persons"
                : switch (n) {
                    case "stop" -> "stops";
                    case "session" -> "sessions";
                    case "member" -> "members";
                    case "delegation" -> "delegations";
                    case "workshop" -> "workshops";
                    case "unit" -> "units";
                    case "category" -> "categories";
                    case "topic" -> "indexTopics";
                    case "draft" -> "drafts";
                    case "task" -> "tasks";
                    case "article" -> "articles";
                    default -> null;
                };
        List<String> ids = pool == null ? null : pools.get(pool);
        if (ids != null && !ids.isEmpty() && random.nextInt(5) > 0) {
            return ids.get(random.nextInt(ids.size()));
        }
        return String.valueOf(1 + random.nextInt(pool == null ? 30 : 3));
    }

    private void mutateEntries(List<Entry> entries, String mutation, Random random, boolean body) {
        if (mutation.equals("unknown-field")) {
            entries.add(Entry.of(List.of("zzz", "class.module.classLoader.x", "__proto__", "id", "organizerId",
                    "roles").get(random.nextInt(6)), "1"));
            return;
        }
        if (mutation.equals("all-missing")) {
            entries.removeIf(en -> en.fileName() == null);
            return;
        }
        if (mutation.equals("file-content")) {
            entries.replaceAll(en -> en.fileName() == null ? en : new Entry(en.name(), fileContent(random),
                    List.of("bai-viet.txt", "anh.png", "du-thao.docx", "a\u0000.txt", "").get(random.nextInt(5)),
                    List.of("text/plain", "image/png", "application/octet-stream").get(random.nextInt(3))));
            return;
        }
        if (entries.isEmpty()) {
            entries.add(new Entry("q", mutatedValue(mutation, random, body, "q"), null, null));
            return;
        }
        int i = random.nextInt(entries.size());
        Entry target = entries.get(i);
        switch (mutation) {
            case "missing" -> entries.remove(i);
            case "repeated" -> entries.add(new Entry(target.name(), mutatedValue("wrong-type", random, body, target.name()),
                    target.fileName(), target.contentType()));
            default -> entries.set(i, new Entry(target.name(), mutatedValue(mutation, random, body, target.name()),
                    target.fileName(), target.contentType()));
        }
    }

    /** A malformed value; in a query a "1 MB" string is 20 kB, enough to pass the container's limit. */
    private static byte[] mutatedValue(String mutation, Random random, boolean body, String name) {
        String s = switch (mutation) {
            case "wrong-type" -> List.of("abc", "[]", "{}", "true", "1,2", "null", "undefined").get(random.nextInt(7));
            case "huge-string" -> {
                int size = body ? 1_048_576 : 20_000;
                yield random.nextInt(4) == 0 ? "ẫ".repeat(size / 3) : "a".repeat(size);
            }
            case "nul" -> List.of("a\u0000b", "\u0000", name + "\u0000.png", "%00").get(random.nextInt(4));
            case "combining", "odd-text" -> ODD_TEXT[random.nextInt(ODD_TEXT.length)];
            case "huge-number" -> NUMBERS[random.nextInt(NUMBERS.length)];
            case "bad-date" -> DATES[random.nextInt(DATES.length)];
            case "metacharacters" -> METACHARACTERS[random.nextInt(METACHARACTERS.length)];
            case "empty" -> random.nextBoolean() ? "" : " ";
            case "invalid-utf8" -> null;
            default -> "x";
        };
        if (s == null) {
            byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("Hà".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bad);
            return out.toByteArray();
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A file that is not what its name says: text with NUL or bytes that are not UTF-8, empty, a broken image. */
    private static byte[] fileContent(Random random) {
        String article = "Ngày 12/3/2026, Đoàn công tác của Sở Nội vụ tỉnh Thử do đồng chí Nguyễn Văn A, Giám đốc Sở làm "
                + "trưởng đoàn đã đến làm việc tại Ủy ban nhân dân thành phố Hà Nội về cải cách hành chính.\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> out.writeBytes((article + "\u0000" + article).getBytes(StandardCharsets.UTF_8));
            case 1 -> {
                out.writeBytes(article.getBytes(StandardCharsets.UTF_8));
                out.writeBytes(INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
                out.writeBytes(article.getBytes(StandardCharsets.UTF_8));
            }
            case 2 -> out.writeBytes(Arrays.copyOf(PNG, 20));
            case 3 -> out.writeBytes(new byte[] {'P', 'K', 3, 4, 0, 0, 0});
            default -> {
                // empty
            }
        }
        return out.toByteArray();
    }

    /** A query parameter as it is written in the address: NUL, invalid UTF-8, broken escapes, too long. */
    private static String badQuery(Random random) {
        String name = List.of("q", "lang", "page", "size", "year", "tab", "status").get(random.nextInt(7));
        return name + "=" + List.of("%00", "%ff%fe", "a".repeat(20_000), "99999999999999999999", "%C0%80", "-1", "%zz",
                "%", "%e", "%E1%BA%A", "%u0041", "a%00b&" + name + "=c").get(random.nextInt(12));
    }

    /** A content type and a body (as ISO-8859-1 text) that do not fit what the route expects. */
    private static String[] mutateBody(String mutation, Random random, @Nullable String contentType, byte[] body,
            List<Entry> form) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (mutation.equals("bad-multipart")) {
            String boundary = "----fuzzbad";
            List<Entry> withoutFiles = form.stream().filter(e -> e.fileName() == null).toList();
            return switch (random.nextInt(6)) {
                case 0 -> new String[] {"multipart/form-data", text};
                case 1 -> new String[] {"multipart/form-data; boundary=", text};
                case 2 -> new String[] {"multipart/form-data; boundary=" + boundary,
                    new String(multipart(boundary, withoutFiles), StandardCharsets.ISO_8859_1)};
                case 3 -> new String[] {"multipart/form-data; boundary=" + boundary,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\n\r\nxx"};
                case 4 -> new String[] {"multipart/form-data; boundary=" + boundary,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a\u0000.png\"\r\n"
                            + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--" + boundary + "--\r\n"};
                default -> new String[] {"multipart/mixed; boundary=" + boundary, "--" + boundary + "--\r\n"};
            };
        }
        return switch (random.nextInt(7)) {
            case 0 -> new String[] {"text/plain", text};
            case 1 -> new String[] {"application/xml", "<a>" + text + "</a>"};
            case 2 -> new String[] {"application/x-www-form-urlencoded; charset=nope", text};
            case 3 -> new String[] {"application/json", text};
            case 4 -> new String[] {"application/x-www-form-urlencoded", text};
            case 5 -> new String[] {"multipart/form-data", text};
            default -> new String[] {null, text};
        };
    }

    // ------------------------------------------------------------------------------------------------ JSON

    private Object jsonValue(Field f, Random random, boolean withOptional) {
        return switch (f.kind()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Field p : f.properties()) {
                    if (p.required() || !withOptional || random.nextInt(4) > 0) {
                        object.put(p.name(), jsonValue(p, random, withOptional));
                    }
                }
                yield object;
            }
            case LIST -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0 && f.element() != null; i--) {
                    list.add(jsonValue(f.element(), random, withOptional));
                }
                yield list;
            }
            case INTEGER -> f.name().equals("version") ? new Literal(VERSION) : Long.parseLong(idOrNumber(f.name(), random));
            case NUMBER -> random.nextInt(100) / 10.0;
            case BOOLEAN -> random.nextBoolean();
            default -> scalar(f, random, true);
        };
    }

    @SuppressWarnings("unchecked")
    private static Object mutateJson(Object json, String mutation, Random random) {
        if (!(json instanceof Map<?, ?> raw) || raw.isEmpty()) {
            return json;
        }
        Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) raw);
        List<String> keys = new ArrayList<>(object.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        switch (mutation) {
            case "missing" -> object.remove(key);
            case "all-missing" -> object.clear();
            case "unknown-field" -> object.put(List.of("id", "organizerId", "status", "zzz", "@class").get(random.nextInt(5)), 1);
            case "repeated" -> object.put(key, List.of(object.get(key), object.get(key)));
            case "wrong-type" -> object.put(key, List.of("abc", 123, true, List.of(1), Map.of("a", 1), 1.5)
                    .get(random.nextInt(6)));
            case "huge-number" -> object.put(key, new Literal(List.of("99999999999999999999", "1e400", "-1", "0",
                    "2147483648", "-9223372036854775809", "1.0e-400").get(random.nextInt(7))));
            case "invalid-utf8" -> object.put(key, new Raw(mutatedValue(mutation, random, true, key)));
            case "nul" -> object.put(key, random.nextBoolean() ? "a\u0000b" : new Raw(new byte[] {'a', 0, 'b'}));
            default -> object.put(key, new String(mutatedValue(mutation, random, true, key), StandardCharsets.UTF_8));
        }
        return object;
    }

    private static Object jsonMutation(Object json, String mutation, Random random) {
        return switch (mutation) {
            case "malformed-json" -> List.of("{", "", "[]", "null", "1", "\"x\"", "{\"kind\":}", "{'a':1}", "nul",
                    "{\"a\":1,}").get(random.nextInt(10)).getBytes(StandardCharsets.UTF_8);
            case "null-everywhere" -> json instanceof Map<?, ?> m ? nulls(m) : null;
            case "wrong-json-type" -> List.of("abc", 1, true, List.of()).get(random.nextInt(4));
            case "deep-nesting" -> ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.US_ASCII);
            case "duplicate-keys" -> {
                byte[] once = writeJson(json);
                String text = new String(once, StandardCharsets.UTF_8);
                yield text.length() > 2 ? (text.substring(0, text.length() - 1) + "," + text.substring(1))
                        .getBytes(StandardCharsets.UTF_8) : once;
            }
            default -> List.of(json, json);
        };
    }

    private static Map<String, Object> nulls(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.keySet().forEach(k -> out.put(String.valueOf(k), null));
        return out;
    }

    static byte[] writeJson(@Nullable Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(value, out);
        return out.toByteArray();
    }

    private static void writeJson(@Nullable Object value, ByteArrayOutputStream out) {
        switch (value) {
            case null -> out.writeBytes("null".getBytes(StandardCharsets.US_ASCII));
            case Map<?, ?> map -> {
                out.write('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    writeJson(String.valueOf(e.getKey()), out);
                    out.write(':');
                    writeJson(e.getValue(), out);
                }
                out.write('}');
            }
            case List<?> list -> {
                out.write('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    writeJson(list.get(i), out);
                }
                out.write(']');
            }
            case String s -> {
                StringBuilder b = new StringBuilder("\"");
                for (char c : s.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        b.append('\\').append(c);
                    } else if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
                out.writeBytes(b.append('"').toString().getBytes(StandardCharsets.UTF_8));
            }
            case Raw raw -> {
                out.write('"');
                out.writeBytes(raw.bytes());
                out.write('"');
            }
            case Literal literal -> out.writeBytes(literal.text().getBytes(StandardCharsets.US_ASCII));
            default -> out.writeBytes(String.valueOf(value).getBytes(StandardCharsets.US_ASCII));
        }
    }

    // ------------------------------------------------------------------------------------------------ encoding

    static String urlEncoded(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            if (!b.isEmpty()) {
                b.append('&');
            }
            b.append(percent(e.name().getBytes(StandardCharsets.UTF_8))).append('=').append(percent(e.value()));
        }
        return b.toString();
    }

    private static String percent(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    static byte[] multipart(String boundary, List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(e.name()).append('"');
            if (e.fileName() != null) {
                head.append("; filename=\"").append(e.fileName()).append('"');
            }
            head.append("\r\n");
            if (e.contentType() != null) {
                head.append("Content-Type: ").append(e.contentType()).append("\r\n");
            }
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(e.value());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------ sending

    record Outcome(Planned request, HttpAgent.@Nullable Response response, @Nullable String error, long millis) {
    }

    private Outcome send(Planned p) {
        long started = System.nanoTime();
        Outcome o = attempt(p);
        return new Outcome(p, o.response(), o.error(), (System.nanoTime() - started) / 1_000_000);
    }

    private Outcome attempt(Planned p) {
        String path = p.path();
        byte[] body = p.body();
        if (p.versionTable() != null) {
            String v = String.valueOf(version(p.versionTable(), p.versionId()));
            path = path.replace(VERSION, v);
            body = replace(body, VERSION, v);
        } else {
            path = path.replace(VERSION, "0");
            body = replace(body, VERSION, "0");
        }
        HttpAgent client = switch (p.who()) {
            case SIGNED_IN, NO_CSRF -> signedIn;
            case ANONYMOUS -> anonymous;
            case BEARER, BAD_TOKEN -> plain;
        };
        Map<String, String> headers = new TreeMap<>(p.headers());
        switch (p.who()) {
            case SIGNED_IN, ANONYMOUS -> headers.put("X-CSRF-TOKEN", client.csrf());
            case BEARER -> headers.put("Authorization", "Bearer " + bearer);
            case BAD_TOKEN -> headers.put("Authorization", "Bearer td_fuzz-not-a-token");
            default -> {
            }
        }
        if (p.contentType() != null) {
            headers.put("Content-Type", p.contentType());
        }
        try {
            URI uri = new URI(base + path);
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .method(p.method(), body.length == 0 && !p.method().equals("POST") && !p.method().equals("PUT")
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            return new Outcome(p, client.send(b.build()), null, 0);
        } catch (URISyntaxException e) {
            try {
                return new Outcome(p, client.raw(p.method(), path, headers, body), null, 0);
            } catch (IOException io) {
                return new Outcome(p, null, io.toString(), 0);
            }
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            return new Outcome(p, null, e.toString(), 0);
        }
    }

    private static byte[] replace(byte[] body, String marker, String value) {
        if (body.length == 0) {
            return body;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return text.contains(marker) ? text.replace(marker, value).getBytes(StandardCharsets.ISO_8859_1) : body;
    }

    // ------------------------------------------------------------------------------------------------ results

    /** What came back: counts by status and by kind of failure, and the failures themselves. */
    static final class Results {

        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        private final Map<String, Integer> kinds = new ConcurrentHashMap<>();
        private final Map<String, Integer> endpoints = new ConcurrentHashMap<>();
        private final Map<String, Long> millis = new ConcurrentHashMap<>();

        void check(Outcome o) {
            Planned p = o.request();
            endpoints.merge(p.endpoint(), 1, Integer::sum);
            millis.merge(p.endpoint(), o.millis(), Long::sum);
            String label = "#" + p.index() + " " + p.endpoint() + " [" + p.mutation() + ", " + p.who() + "] " + p.method()
                    + " " + abbreviate(p.path(), 160);
            if (o.response() == null) {
                fail("no answer", label + ": " + o.error());
                return;
            }
            HttpAgent.Response r = o.response();
            statuses.merge(r.status(), 1, Integer::sum);
            String excerpt = abbreviate(r.body().replaceAll("\\s+", " "), 300);
            if (r.status() >= 500) {
                fail("5xx", label + " → " + r.status() + ": " + excerpt);
            }
            String type = r.contentType() == null ? "" : r.contentType();
            boolean textual = type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml");
            if (textual) {
                Matcher trace = STACK_TRACE.matcher(r.body());
                if (trace.find()) {
                    fail("stack trace", label + " → " + r.status() + ": …" + abbreviate(r.body().substring(
                            Math.max(0, trace.start() - 80)), 240));
                }
            }
            if (p.path().startsWith("/api/") && r.status() >= 400) {
                boolean problem = type.startsWith("application/problem+json");
                if (problem) {
                    try {
                        problem = JSON.readTree(r.body()).path("status").asInt() == r.status();
                    } catch (RuntimeException e) {
                        problem = false;
                    }
                }
                if (!problem) {
                    fail("API error not problem+json", label + " → " + r.status() + " " + type + ": " + excerpt);
                }
            }
        }

        private void fail(String kind, String what) {
            kinds.merge(kind, 1, Integer::sum);
            failures.add(kind + ": " + what);
        }

        int count() {
            return endpoints.values().stream().mapToInt(Integer::intValue).sum();
        }

        String summary(Duration took) {
            return "Fuzz seed " + SEED + ": " + count() + " requests over " + endpoints.size() + " endpoints in "
                    + took.toSeconds() + " s; statuses " + new TreeMap<>(statuses) + "; 5xx " + kinds.getOrDefault("5xx", 0)
                    + ", stack traces " + kinds.getOrDefault("stack trace", 0) + ", API errors not problem+json "
                    + kinds.getOrDefault("API error not problem+json", 0) + ", no answer "
                    + kinds.getOrDefault("no answer", 0) + "; slowest endpoints (ms in all) "
                    + millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                            .map(e -> e.getKey() + "=" + e.getValue()).toList();
        }

        String report() {
            StringBuilder b = new StringBuilder("Fuzz seed " + SEED + ", " + failures.size() + " failures:\n");
            failures.stream().limit(60).forEach(f -> b.append(f).append('\n'));
            return b.toString();
        }

        private static String abbreviate(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max) + "…";
        }
    }
}
