package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Each kind of bad input a tester found answered 500, through the real server: refused with 400 (or 404) and a clear
 * message, the form shown again with what was typed where there is a form, never stored.
 */
@IntegrationTest
class MalformedInputIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private String base;
    private long org;
    private long hostOrg;
    private HttpAgent organizer;
    private HttpAgent plain;
    private String token;

    @BeforeEach
    void organizer() throws Exception {
        base = "http://localhost:" + port;
        plain = HttpAgent.plain(base);
        org = users.organization("Sở Nội vụ kiểm tra đầu vào");
        hostOrg = jdbc.sql("INSERT INTO organizations (name, kind, unit_id) VALUES (?, 'SO', "
                        + "(SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '79')) RETURNING id")
                .param("Sở tiếp đón kiểm tra đầu vào " + System.nanoTime()).query(Long.class).single();
        CurrentUser user = users.user(org, Role.ORGANIZER, Role.APPROVER);
        organizer = HttpAgent.signIn(base, user.username(), TestUsers.PASSWORD);
        token = organizer.createToken("Kiểm tra đầu vào");
    }

    private long delegation(String title) throws Exception {
        HttpAgent.Response created = plain.json("POST", "/api/v1/delegations", token, """
                {"kind":"STUDY","title":"%s","startDate":"2026-03-02","endDate":"2026-03-03"}""".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private long stop(long delegation) throws Exception {
        HttpAgent.Response added = plain.json("POST", "/api/v1/delegations/" + delegation + "/stops", token, """
                {"hostOrganizationId":%d,"startDate":"2026-03-02","endDate":"2026-03-03","version":%d}"""
                .formatted(hostOrg, version(delegation)));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return jdbc.sql("SELECT max(id) FROM delegation_stops WHERE delegation_id = ?").param(delegation)
                .query(Long.class).single();
    }

    private int version(long delegation) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(delegation).query(Integer.class).single();
    }

    private long delegationsOfTheOrganization() {
        return jdbc.sql("SELECT count(*) FROM delegations WHERE organizer_id = ?").param(org).query(Long.class).single();
    }

    private static void assertProblem(HttpAgent.Response r, int status, String detail) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).startsWith("/problems/");
        assertThat(problem.path("detail").asString()).contains(detail);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("org.springframework");
    }

    private static void assertPage(HttpAgent.Response r, int status, String text) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.text()).contains(text).doesNotContain("Exception").doesNotContain("org.springframework");
    }

    @Test
    void aNulOrBytesThatAreNotUtf8InTheQueryAreRefusedWithAVietnameseMessage() throws Exception {
        assertPage(plain.get("/tin/ubnd-tp-hcm/tim-kiem?q=%00"), 400, "có ký tự NUL");
        assertPage(organizer.get("/delegations/outgoing?q=%ff%fe"), 400, "không phải mã UTF-8");
        assertPage(organizer.get("/search?q=ha%00noi"), 400, "có ký tự NUL");
        assertPage(organizer.raw("GET", "/delegations/outgoing?q=%zz", Map.of(), new byte[0]), 400, "mã %xx viết sai");
        assertProblem(plain.get("/api/v1/delegations?q=%ff%fe", "Authorization", "Bearer " + token), 400,
                "không phải mã UTF-8");
        assertProblem(plain.get("/api/v1/places?q=%00", "Authorization", "Bearer " + token), 400, "có ký tự NUL");
    }

    @Test
    void aNulInAFormFieldOrAJsonStringIsRefusedBeforeTheDatabase() throws Exception {
        long before = delegationsOfTheOrganization();
        assertPage(organizer.postForm("/delegations/new", "kind", "SURVEY", "title", "Đoàn\u0000thử", "version", "0"),
                400, "có ký tự NUL");
        assertProblem(plain.json("POST", "/api/v1/delegations", token, """
                {"kind":"STUDY","title":"Đoàn\\u0000thử"}"""), 400, "có ký tự NUL");
        assertProblem(plain.json("POST", "/api/v1/delegations", token, """
                {"kind":"STUDY","title":"Đoàn","purpose":{"\\u0000":1}}"""), 400, "có ký tự NUL");
        ByteArrayOutputStream notUtf8 = new ByteArrayOutputStream();
        notUtf8.writeBytes("{\"kind\":\"STUDY\",\"title\":\"".getBytes(StandardCharsets.UTF_8));
        notUtf8.writeBytes(new byte[] {(byte) 0xC3, '('});
        notUtf8.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(plain.raw("POST", "/api/v1/delegations", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), notUtf8.toByteArray()), 400, "không phải mã UTF-8");
        assertThat(delegationsOfTheOrganization()).as("nothing stored").isEqualTo(before);

        // An escaped backslash followed by "u0000" is text like any other.
        HttpAgent.Response text = plain.json("POST", "/api/v1/delegations", token, """
                {"kind":"STUDY","title":"C:\\\\u0000"}""");
        assertThat(text.status()).as(text.body()).isEqualTo(201);
        assertThat(JSON.readTree(text.body()).path("title").asString()).isEqualTo("C:\\u0000");

        // The sign-in never looks such a name up.
        assertPage(HttpAgent.anonymous(base).postForm("/login", "username", "admin\u0000", "password", "x"), 400,
                "có ký tự NUL");
    }

    @Test
    void theContainersOwnRefusalsAreProblemJsonUnderTheApiAndAVietnamesePageElsewhere() throws Exception {
        assertProblem(plain.get("/api/v1/delegations/%00", "Authorization", "Bearer " + token), 400, "ký tự NUL");
        assertProblem(plain.get("/api/v1/delegations/%ff%fe"), 400, "mã UTF-8 sai");
        assertProblem(plain.get("/api/v1/places/a%2Fb"), 400, "không hợp lệ");
        assertProblem(plain.get("/api/v1/places?q=" + "a".repeat(20_000), "Authorization", "Bearer " + token), 400,
                "quá dài");
        String longHeader = "x".repeat(20_000);
        assertProblem(plain.get("/api/v1/places?q=hue", "X-Long", longHeader), 400, "không hợp lệ");
        assertPage(plain.get("/tin/ubnd-tp-hcm", "X-Long", longHeader), 400, "Yêu cầu không hợp lệ");
        assertPage(plain.get("/tin/ubnd%00"), 400, "Yêu cầu không hợp lệ");
        assertThat(plain.get("/tin/ubnd%00").body()).contains("lang=\"vi\"").doesNotContain("HTTP Status");
    }

    @Test
    void everyApiErrorIsProblemJsonInVietnamese() throws Exception {
        long id = delegation("Đoàn kiểm tra lỗi API");
        String auth = "Bearer " + token;
        assertProblem(plain.get("/api/v1/delegations/" + id), 401, "");
        CurrentUser reader = users.user(org, Role.MEMBER);
        String readerToken = HttpAgent.signIn(base, reader.username(), TestUsers.PASSWORD).createToken("chỉ đọc");
        assertProblem(plain.json("POST", "/api/v1/delegations", readerToken, """
                {"kind":"STUDY","title":"Không được lập"}"""), 403, "không có quyền");
        assertProblem(plain.get("/api/v1/delegations/999999999", "Authorization", auth), 404, "không tồn tại");
        assertProblem(plain.get("/api/v1/khong-co", "Authorization", auth), 404, "không tồn tại");
        assertProblem(plain.json("PATCH", "/api/v1/delegations/" + id, token, "{}"), 405, "không nhận thao tác");
        assertProblem(plain.get("/api/v1/delegations/" + id, "Authorization", auth, "Accept", "application/xml"), 406,
                "định dạng");
        assertProblem(plain.get("/api/v1/delegations/" + id, "Authorization", auth, "Accept", "nonsense"), 406,
                "Tiêu đề Accept không đọc được");
        assertProblem(plain.json("PUT", "/api/v1/delegations/" + id, token, """
                {"kind":"STUDY","title":"Đoàn kiểm tra lỗi API","version":%d}""".formatted(version(id) + 5)), 409,
                "người đã lưu");
        assertProblem(plain.raw("POST", "/api/v1/delegations", Map.of("Authorization", auth, "Content-Type", "text/plain"),
                "x".getBytes(StandardCharsets.UTF_8)), 415, "Content-Type");
        assertProblem(plain.json("POST", "/api/v1/delegations", token, "{\"kind\":"), 400, "JSON sai cú pháp");
        assertProblem(plain.json("POST", "/api/v1/delegations", token, """
                {"kind":"STUDY","title":"Ngày là số","startDate":20000}"""), 400, "yyyy-MM-dd");
    }

    @Test
    void aTransitionWithoutAnActionIs400NamingTheField() throws Exception {
        long id = delegation("Đoàn chưa chọn thao tác");
        HttpAgent.Response r = plain.json("POST", "/api/v1/delegations/" + id + "/transitions", token,
                "{\"version\":%d}".formatted(version(id)));
        assertProblem(r, 400, "");
        assertThat(JSON.readTree(r.body()).path("errors").get(0).path("field").asString()).isEqualTo("action");
        assertThat(jdbc.sql("SELECT status FROM delegations WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void anEditWithAnImpossibleDateShowsTheFormAgainWithWhatWasTyped() throws Exception {
        long id = delegation("Đoàn sửa ngày");
        for (String date : new String[] {"31/02/2026", "2026-13-45", "00/00/0000", "hôm qua", "99999999"}) {
            HttpAgent.Response r = organizer.postForm("/delegations/" + id + "/edit", "kind", "SURVEY", "title",
                    "Tên mới của đoàn", "startDate", date, "endDate", "03/03/2026", "version",
                    String.valueOf(version(id)));
            assertThat(r.status()).as(date + ": " + r.body()).isEqualTo(200);
            assertThat(r.body()).as(date).contains("id=\"startDate-error\"");
            assertThat(r.text()).as(date).contains("Ngày phải có dạng dd/mm/yyyy").contains("Đoàn sửa ngày");
            assertThat(HtmlUtils.htmlUnescape(r.body())).as(date).contains("value=\"" + date + "\"")
                    .contains("value=\"Tên mới của đoàn\"");
        }
        assertThat(jdbc.sql("SELECT title FROM delegations WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Đoàn sửa ngày");
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryOrItsFileIsRefusedClearly() throws Exception {
        long id = delegation("Đoàn có ảnh");
        long stop = stop(id);
        assertThat(plain.json("POST", "/api/v1/delegations/" + id + "/sessions", token, """
                {"stopId":%d,"date":"2026-03-02","partOfDay":"MORNING","kind":"WORKING_SESSION","version":%d}"""
                .formatted(stop, version(id))).status()).isEqualTo(200);
        long session = jdbc.sql("SELECT id FROM delegation_sessions WHERE stop_id = ?").param(stop).query(Long.class)
                .single();
        String path = "/delegations/" + id + "/sessions/" + session + "/photos";
        assertPage(organizer.raw("POST", path, Map.of("X-CSRF-TOKEN", organizer.csrf(), "Content-Type",
                "multipart/form-data"), "version=1".getBytes(StandardCharsets.UTF_8)), 400, "multipart");

        String boundary = "----kiemtra";
        String withoutFile = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version(id)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nBuổi sáng\r\n--"
                + boundary + "--\r\n";
        HttpAgent.Response r = organizer.raw("POST", path, Map.of("X-CSRF-TOKEN", organizer.csrf(), "Content-Type",
                "multipart/form-data; boundary=" + boundary), withoutFile.getBytes(StandardCharsets.UTF_8));
        // the programme is shown again with the reason beside the session's photo form and the caption kept
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("Chưa chọn ảnh.").contains("Buổi sáng");
        assertThat(jdbc.sql("SELECT count(*) FROM session_photos WHERE session_id = ?").param(session)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUploadOverTheLimitWithoutADeclaredLengthIs413() throws Exception {
        long id = delegation("Đoàn có ảnh quá lớn");
        String boundary = "----lon";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 11 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        // From a stream, so that the request is chunked and declares no length for the size filter to refuse.
        HttpAgent.Response r = organizer.send(HttpRequest.newBuilder(URI.create(base
                        + "/delegations/" + id + "/sessions/1/photos"))
                .header("X-CSRF-TOKEN", organizer.csrf()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());
        assertPage(r, 413, "Dữ liệu gửi lên quá lớn");
    }

    @Test
    void linkingTheAccountToSomeoneWhoIsNotANamesakeIsRefusedBesideTheField() throws Exception {
        for (String personId : new String[] {"-1", "0", "99999999999"}) {
            HttpAgent.Response r = organizer.postForm("/account/person", "personId", personId);
            assertThat(r.status()).as(personId).isEqualTo(400);
            assertThat(r.body()).as(personId).contains("id=\"person-error\"");
            assertThat(r.text()).contains("Chỉ liên kết được với người trùng họ tên với tài khoản.")
                    .contains("Tài khoản của tôi");
        }
        assertPage(organizer.postForm("/account/person", "personId", "99999999999999999999"), 400,
                "Yêu cầu không hợp lệ");
    }

    @Test
    void aNewsDraftNamingAStopOfAnotherDelegationIsNotFound() throws Exception {
        long first = delegation("Đoàn thứ nhất");
        stop(first);
        long second = delegation("Đoàn thứ hai");
        long stopOfTheSecond = stop(second);
        long articles = jdbc.sql("SELECT count(*) FROM news_articles WHERE organization_id = ?").param(org)
                .query(Long.class).single();
        assertPage(organizer.postForm("/news/drafts", "delegation", String.valueOf(first), "stop",
                String.valueOf(stopOfTheSecond)), 404, "Không tìm thấy");
        assertThat(jdbc.sql("SELECT count(*) FROM news_articles WHERE organization_id = ?").param(org)
                .query(Long.class).single()).isEqualTo(articles);
    }
}
