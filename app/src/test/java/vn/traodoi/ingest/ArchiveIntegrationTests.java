package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DemoSeeds;
import vn.traodoi.search.KnowledgeSearch;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchQuery;
import vn.traodoi.search.SearchResult;

/**
 * Archive imports through the API and the pages, with the background workers of the test server reading them: an
 * upload answered at once and read entry by entry, refused entries with their reasons, the review (accept, merge,
 * reject, each once), accepted articles found by the search and in the lessons, bad input, and 404 for another
 * organization on every endpoint.
 */
@IntegrationTest
class ArchiveIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KnowledgeSearch search;

    @Autowired
    ApplicationContext context;

    long konTum;
    CurrentUser organizer;
    CurrentUser stranger;
    String mark;

    @BeforeEach
    void directory() {
        ArchiveArticles.directory(jdbc);
        konTum = ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Kon Tum");
        organizer = users.user(konTum, Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
        mark = Long.toString(System.nanoTime(), 36);
    }

    byte[] archive() {
        return ArchiveZips.zip()
                .text("2024/tiep-doan-bac-kan.txt", ArchiveArticles.marked(ArchiveArticles.VISIT, mark))
                .text("2024/tham-mang-den.txt", ArchiveArticles.marked(ArchiveArticles.SAME_VISIT, mark))
                .text("2024/phu-yen.txt", ArchiveArticles.marked(ArchiveArticles.OTHER_VISIT, mark))
                .text("2024/hoi-thao-duoc-lieu.txt", ArchiveArticles.marked(ArchiveArticles.WORKSHOP, mark))
                .text("2024/trang.html", ArchiveArticles.marked(ArchiveArticles.PAGE, mark))
                .text("../../thoat-ra.txt", "Bài viết")
                .bytes("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .bytes("bang-ma-cu.txt", "Thành phố Hồ Chí Minh".getBytes(Charset.forName("windows-1258")))
                .text("rong.txt", "   \n ")
                .build();
    }

    long upload(CurrentUser as, byte[] zip) throws Exception {
        String body = mvc.perform(multipart("/api/v1/archives").file(new MockMultipartFile("file", "kho-" + mark + ".zip",
                        "application/zip", zip)).with(user(as)).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Waits until the workers have read every entry (a minute at most). */
    void awaitRead(long archiveId) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!List.of("DONE", "CANCELLED").contains(jdbc.sql("SELECT status FROM archive_imports WHERE id = ?")
                .param(archiveId).query(String.class).single())) {
            assertThat(System.nanoTime()).as("archive %d read within a minute", archiveId).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    long item(long archiveId, String entry) {
        return jdbc.sql("SELECT id FROM archive_items WHERE archive_id = ? AND entry_name = ?").params(archiveId, entry)
                .query(Long.class).single();
    }

    String state(long itemId) {
        return jdbc.sql("SELECT state FROM archive_items WHERE id = ?").param(itemId).query(String.class).single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    ResultActions api(CurrentUser as, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Nested
    class FromUploadToReview {

        @Test
        void anArchiveIsStoredAnsweredAtOnceReadInTheBackgroundAndEachRefusedEntrySaysWhy() throws Exception {
            long id = upload(organizer, archive());
            assertThat(count("SELECT total FROM archive_imports WHERE id = ?", id)).isEqualTo(9);
            awaitRead(id);
            String progress = mvc.perform(get("/api/v1/archives/{id}", id).with(user(organizer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat((String) JsonPath.read(progress, "$.status")).isEqualTo("DONE");
            assertThat((Integer) JsonPath.read(progress, "$.read")).isEqualTo(9);
            assertThat((Integer) JsonPath.read(progress, "$.counts.PROPOSED")).isEqualTo(5);
            assertThat((Integer) JsonPath.read(progress, "$.counts.FAILED")).isEqualTo(4);

            String failed = mvc.perform(get("/api/v1/archives/{id}/items", id).param("state", "FAILED").with(user(organizer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(JsonPath.<List<String>>read(failed, "$.items[*].entryName"))
                    .containsExactly("../../thoat-ra.txt", "anh.png", "bang-ma-cu.txt", "rong.txt");
            assertThat(JsonPath.<List<String>>read(failed, "$.items[*].failureMessage")).containsExactly(
                    "Đường dẫn trong tệp nén không hợp lệ (trỏ ra ngoài tệp nén); bài này không được đọc.",
                    "Chỉ nhận tệp .txt, .html hoặc .htm.",
                    "Tệp không phải văn bản UTF-8. Hãy lưu lại với bảng mã UTF-8.",
                    "Chưa có nội dung bài viết.");

            long visit = item(id, "2024/tiep-doan-bac-kan.txt");
            String one = mvc.perform(get("/api/v1/archives/{id}/items/{item}", id, visit).with(user(organizer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat((String) JsonPath.read(one, "$.headline")).isEqualTo("UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn");
            assertThat((String) JsonPath.read(one, "$.startDate")).isEqualTo("2024-09-16");
            assertThat((String) JsonPath.read(one, "$.organizer")).isEqualTo("Ủy ban nhân dân tỉnh Bắc Kạn");
            assertThat((String) JsonPath.read(one, "$.hosts")).isEqualTo("Ủy ban nhân dân tỉnh Kon Tum");
            assertThat((String) JsonPath.read(one, "$.head")).isEqualTo("ông Hoàng Minh Đức, Phó Chủ tịch UBND tỉnh Bắc Kạn");
            assertThat((Integer) JsonPath.read(one, "$.lessons")).isEqualTo(3);
            assertThat((Integer) JsonPath.read(one, "$.facts")).isGreaterThan(5);
            long page = item(id, "2024/trang.html");
            assertThat(jdbc.sql("SELECT headline FROM archive_items WHERE id = ?").param(page).query(String.class).single())
                    .as("the web page's own header dropped, the article's kept")
                    .isEqualTo("Kon Tum chia sẻ kinh nghiệm trồng sâm với Đoàn công tác của UBND tỉnh Cao Bằng");
            assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'ARCHIVE_ITEM_READ' AND entity_id IN "
                    + "(SELECT CAST(id AS text) FROM archive_items WHERE archive_id = ?)", id)).as("each entry the workers read")
                    .isEqualTo(7);
            assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'ARCHIVE_UPLOADED' AND entity_id = ?",
                    String.valueOf(id))).isOne();

            // The same archive again: every article is found, none stored twice.
            long articles = count("SELECT count(*) FROM article_imports WHERE organization_id = ?", konTum);
            long again = upload(organizer, archive());
            awaitRead(again);
            assertThat(count("SELECT count(*) FROM archive_items WHERE archive_id = ? AND state = 'DUPLICATE'", again))
                    .isEqualTo(5);
            assertThat(count("SELECT count(*) FROM article_imports WHERE organization_id = ?", konTum)).isEqualTo(articles);
            assertThat(jdbc.sql("SELECT article_import_id FROM archive_items WHERE id = ?")
                    .param(item(again, "2024/tiep-doan-bac-kan.txt")).query(Long.class).single())
                    .isEqualTo(jdbc.sql("SELECT article_import_id FROM archive_items WHERE id = ?").param(visit)
                            .query(Long.class).single());
        }

        @Test
        void eachProposalIsAcceptedMergedOrRejectedOnceAndWhatWasLearnedIsFound() throws Exception {
            long id = upload(organizer, archive());
            awaitRead(id);
            long visit = item(id, "2024/tiep-doan-bac-kan.txt");
            long sameVisit = item(id, "2024/tham-mang-den.txt");
            long other = item(id, "2024/phu-yen.txt");
            long workshop = item(id, "2024/hoi-thao-duoc-lieu.txt");
            long elsewhere = DemoSeeds.delegation(context, "seed-002");
            long delegations = count("SELECT count(*) FROM delegations");

            String made = api(organizer, "/api/v1/archives/" + id + "/items/" + visit + "/accept", "")
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long delegation = ((Number) JsonPath.read(made, "$.delegationId")).longValue();
            assertThat(state(visit)).isEqualTo("ACCEPTED");
            assertThat(count("SELECT organizer_id FROM delegations WHERE id = ?", delegation))
                    .isEqualTo(ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Bắc Kạn"));
            api(organizer, "/api/v1/archives/" + id + "/items/" + visit + "/accept", "")
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.reason").value("import.archive.item.reviewed"));
            assertThat(count("SELECT count(*) FROM delegations")).as("one record, not two").isEqualTo(delegations + 1);

            // The second article on the visit offers the record just made, and is merged into it.
            mvc.perform(get("/api/v1/archives/{id}/items/{item}", id, sameVisit).with(user(organizer)))
                    .andExpect(jsonPath("$.candidates[?(@.id == " + delegation + ")].sameOrganizer").value(true));
            api(organizer, "/api/v1/archives/" + id + "/items/" + sameVisit + "/merge", "{\"delegationId\":" + elsewhere + "}")
                    .andExpect(status().isNotFound());
            api(organizer, "/api/v1/archives/" + id + "/items/" + sameVisit + "/merge", "{\"delegationId\":" + delegation + "}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("MERGED"))
                    .andExpect(jsonPath("$.delegationId").value(delegation));
            assertThat(count("SELECT count(*) FROM delegations")).isEqualTo(delegations + 1);

            api(organizer, "/api/v1/archives/" + id + "/items/" + other + "/reject", "{\"reason\":\"Bài trùng ý với báo cáo đã có\"}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED"))
                    .andExpect(jsonPath("$.reviewNote").value("Bài trùng ý với báo cáo đã có"));
            api(organizer, "/api/v1/archives/" + id + "/items/" + other + "/accept", "").andExpect(status().isConflict());
            api(organizer, "/api/v1/archives/" + id + "/items/" + other + "/reject", "{}").andExpect(status().isConflict());

            String held = api(organizer, "/api/v1/archives/" + id + "/items/" + workshop + "/accept", "")
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long workshopId = ((Number) JsonPath.read(held, "$.workshopId")).longValue();
            assertThat(jdbc.sql("SELECT title FROM workshops WHERE id = ?").param(workshopId).query(String.class).single())
                    .startsWith("Hội thảo góp ý dự thảo Đề án phát triển dược liệu tỉnh Kon Tum");

            // What was learned: lessons with the article they came from, found with or without diacritics.
            List<String> learned = jdbc.sql("SELECT topic, content, source FROM lessons WHERE delegation_id = ? ORDER BY id")
                    .param(delegation).query((rs, n) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3))
                    .list();
            // the article merged into the record adds what it was about ("tìm hiểu cách người dân đón khách du lịch")
            assertThat(learned).hasSize(4).last().asString().startsWith("cách người dân đón khách du lịch | ")
                    .endsWith("2024/tham-mang-den.txt)");
            assertThat(learned).first().asString()
                    .startsWith("null | Qua chuyến công tác, đoàn rút ra bài học kinh nghiệm về cách giao rừng")
                    .contains("“UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn” (kho-" + mark
                            + ".zip › 2024/tiep-doan-bac-kan.txt)");
            List<SearchResult.Hit> found = search.search(organizer, SearchQuery.of("kinh te duoi tan rung")).hits();
            assertThat(found).filteredOn(h -> h.kind() == SearchKind.LESSON)
                    .extracting(h -> Jsoup.parse(h.snippetHtml()).text())
                    .anySatisfy(c -> assertThat(c).contains("phát triển kinh tế dưới tán rừng"));
            assertThat(found).filteredOn(h -> h.kind() == SearchKind.DELEGATION).extracting(SearchResult.Hit::link)
                    .contains("/delegations/" + delegation);
            String lessons = HtmlUtils.htmlUnescape(mvc.perform(get("/lessons").param("q", "giao rung cho cong dong")
                    .with(user(organizer))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(lessons).contains("rút ra bài học kinh nghiệm về cách giao rừng")
                    .contains("Từ bài viết lưu trữ: “UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn”");
            assertThat(count("SELECT count(*) FROM audit_events WHERE entity_type = 'archive_item' AND entity_id IN (?, ?, ?, ?)"
                    + " AND action IN ('ARCHIVE_ITEM_ACCEPTED', 'ARCHIVE_ITEM_MERGED', 'ARCHIVE_ITEM_REJECTED')",
                    String.valueOf(visit), String.valueOf(sameVisit), String.valueOf(other), String.valueOf(workshop)))
                    .isEqualTo(4);
        }

        @Test
        void aProposalCorrectedOnTheImportPageIsAcceptedToo() throws Exception {
            long id = upload(organizer, archive());
            awaitRead(id);
            long visit = item(id, "2024/tiep-doan-bac-kan.txt");
            long importId = count("SELECT article_import_id FROM archive_items WHERE id = ?", visit);
            String page = HtmlUtils.htmlUnescape(mvc.perform(get("/import/{id}", importId).with(user(organizer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page).contains("id=\"archive-origin\"").contains("Bài thứ 1 của kho “kho-" + mark + ".zip” (Chờ duyệt)");
            assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/import").with(user(organizer))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8))).as("an archive's articles are listed with their archive")
                    .doesNotContain("(Mã tin: " + mark + ")").doesNotContain("/import/" + importId + "\"");
            String draft = mvc.perform(get("/api/v1/imports/{id}", importId).with(user(organizer)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            ObjectNode corrected = (ObjectNode)
                    new JsonMapper().readTree(draft).get("proposal");
            corrected.put("title", "Đoàn công tác tỉnh Bắc Kạn trao đổi kinh nghiệm tại Kon Tum (" + mark + ")");
            api(organizer, "/api/v1/imports/" + importId + "/confirm", "{\"draft\":" + corrected + "}")
                    .andExpect(status().isCreated());
            assertThat(state(visit)).isEqualTo("ACCEPTED");
            api(organizer, "/api/v1/archives/" + id + "/items/" + visit + "/accept", "").andExpect(status().isConflict());
            assertThat(count("SELECT count(*) FROM lessons WHERE source LIKE ?", "%kho-" + mark + ".zip%")).isEqualTo(3);
        }

        @Test
        void twoAcceptancesOfOneEntryAtOnceMakeOneRecord() throws Exception {
            long id = upload(organizer, archive());
            awaitRead(id);
            long visit = item(id, "2024/tiep-doan-bac-kan.txt");
            long before = count("SELECT count(*) FROM delegations");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> accept = () -> {
                    start.await();
                    return api(organizer, "/api/v1/archives/" + id + "/items/" + visit + "/accept", "").andReturn()
                            .getResponse().getStatus();
                };
                List<Future<Integer>> answers = List.of(pool.submit(accept), pool.submit(accept));
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> a : answers) {
                    statuses.add(a.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            } finally {
                pool.shutdown();
            }
            assertThat(count("SELECT count(*) FROM delegations")).isEqualTo(before + 1);
        }

        @Test
        void manyAreAcceptedOrRejectedAtOnceEachOnItsOwn() throws Exception {
            long id = upload(organizer, archive());
            awaitRead(id);
            long visit = item(id, "2024/tiep-doan-bac-kan.txt");
            long other = item(id, "2024/phu-yen.txt");
            long page = item(id, "2024/trang.html");
            String answer = api(organizer, "/api/v1/archives/" + id + "/items/accept",
                    "{\"items\":[" + visit + "," + other + "]}").andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat((Integer) JsonPath.read(answer, "$.done")).isEqualTo(1);
            assertThat(JsonPath.<List<Boolean>>read(answer, "$.items[?(@.itemId == " + other + ")].done")).containsExactly(false);
            assertThat(JsonPath.<List<String>>read(answer, "$.items[?(@.itemId == " + other + ")].problems[*].message"))
                    .as("a visit whose host is not matched to the directory is corrected on the import page first")
                    .isNotEmpty();
            assertThat(state(visit)).isEqualTo("ACCEPTED");
            assertThat(state(other)).isEqualTo("PROPOSED");
            api(organizer, "/api/v1/archives/" + id + "/items/reject", "{\"items\":[" + other + "," + page + "],"
                    + "\"reason\":\"Không thuộc phạm vi\"}").andExpect(jsonPath("$.done").value(2));
            assertThat(state(other)).isEqualTo("REJECTED");
            assertThat(state(page)).isEqualTo("REJECTED");
        }
    }

    @Nested
    class BadInput {

        @Test
        void anArchiveThatCannotBeReadIsRefusedWithItsReasonAndStoresNothing() throws Exception {
            long archives = count("SELECT count(*) FROM archive_imports");
            mvc.perform(multipart("/api/v1/archives").file(new MockMultipartFile("file", "hong.zip", "application/zip",
                            new byte[] {'P', 'K', 3, 4, 9, 9})).with(user(organizer)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Không đọc được tệp nén “hong.zip” (tệp hỏng hoặc không phải .zip)."));
            mvc.perform(multipart("/api/v1/archives").file(new MockMultipartFile("file", "rong.zip", "application/zip",
                            ArchiveZips.zip().build())).with(user(organizer)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].message").value("Chưa chọn tệp, hoặc tệp nén không có bài viết nào."));
            mvc.perform(multipart("/api/v1/archives").with(user(organizer)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/import/archives").file(new MockMultipartFile(
                            "files", "hong.zip", "application/zip", new byte[] {'P', 'K', 3, 4})).with(user(organizer))
                            .with(csrf()))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(page).contains("id=\"archive-error\"").contains("Không đọc được tệp nén “hong.zip”");
            assertThat(count("SELECT count(*) FROM archive_imports")).isEqualTo(archives);
        }

        @Test
        void badFiltersReasonsAndBodiesAreProblemsNeverErrors() throws Exception {
            long id = upload(organizer, archive());
            awaitRead(id);
            long other = item(id, "2024/phu-yen.txt");
            mvc.perform(get("/api/v1/archives/{id}/items", id).param("state", "NOPE").with(user(organizer)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/archives/{id}/items", id).param("kind", "NOPE").with(user(organizer)))
                    .andExpect(status().isUnprocessableContent());
            mvc.perform(get("/import/archives/{id}", id).param("state", "NOPE").with(user(organizer)))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/import/archives/review").param("state", "NOPE").with(user(organizer)))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/import/archives/review").param("kind", "NOPE").with(user(organizer)))
                    .andExpect(status().isBadRequest());
            api(organizer, "/api/v1/archives/" + id + "/items/" + other + "/reject", "{\"reason\":\"" + "x".repeat(1001) + "\"}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].message").value("Lý do tối đa 1.000 ký tự."));
            api(organizer, "/api/v1/archives/" + id + "/items/" + other + "/merge", "{}")
                    .andExpect(status().isUnprocessableContent());
            api(organizer, "/api/v1/archives/" + id + "/items/accept", "{\"items\":[]}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].message").value("Chưa chọn bài nào."));
            api(organizer, "/api/v1/archives/" + id + "/items/accept", "{\"items\": ").andExpect(status().isBadRequest());
            api(organizer, "/api/v1/archives/" + id + "/resume", "").andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value("Chỉ tiếp tục được kho đang tạm dừng."));
            mvc.perform(get("/api/v1/archives/{id}", "abc").with(user(organizer))).andExpect(status().isBadRequest());
            mvc.perform(get("/import/archives/{id}", "abc").with(user(organizer))).andExpect(status().isNotFound());
            assertThat(state(other)).isEqualTo("PROPOSED");
        }

        @Test
        void onlyOrganizersImport() throws Exception {
            CurrentUser member = users.user(konTum, Role.MEMBER);
            mvc.perform(multipart("/api/v1/archives").file(new MockMultipartFile("file", "a.txt", "text/plain",
                            "Bài".getBytes(StandardCharsets.UTF_8))).with(user(member)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    /** Every endpoint, pages and API, answers another organization 404, and nothing changes. */
    @Test
    void anotherOrganizationGets404OnEveryEndpoint() throws Exception {
        long id = upload(organizer, archive());
        awaitRead(id);
        long visit = item(id, "2024/tiep-doan-bac-kan.txt");
        String a = "/api/v1/archives/" + id;
        String p = "/import/archives/" + id;
        for (String path : List.of(a, a + "/items", a + "/items/" + visit, p, p + "/progress", p + "/items/" + visit)) {
            mvc.perform(get(path).with(user(stranger)).header("HX-Request", "true")).andExpect(status().isNotFound());
        }
        for (String path : List.of(a + "/pause", a + "/resume", a + "/cancel", a + "/items/" + visit + "/accept",
                a + "/items/" + visit + "/reject")) {
            api(stranger, path, "{}").andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        api(stranger, a + "/items/" + visit + "/merge", "{\"delegationId\": 1}").andExpect(status().isNotFound());
        api(stranger, a + "/items/accept", "{\"items\":[" + visit + "]}").andExpect(status().isNotFound());
        api(stranger, a + "/items/reject", "{\"items\":[" + visit + "]}").andExpect(status().isNotFound());
        for (String path : List.of(p + "/pause", p + "/resume", p + "/cancel", p + "/items/" + visit + "/accept",
                p + "/items/" + visit + "/reject")) {
            mvc.perform(post(path).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post(p + "/items/" + visit + "/merge").param("delegationId", "1").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/import/archives/bulk").param("items", "" + visit).param("action", "ACCEPT")
                .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/import/archives/bulk").param("archiveId", "" + id).param("items", "" + visit)
                .param("action", "REJECT").with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/import/archives/bulk").param("items", "").param("action", "ACCEPT").with(user(stranger))
                        .with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("an empty choice chooses nothing "
                        + "(found by the fuzz test)").isLessThan(500));
        String theirs = mvc.perform(get("/api/v1/archives/items").with(user(stranger))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(theirs, "$.items")).isEmpty();
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/import/archives").with(user(stranger))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))).doesNotContain("kho-" + mark);
        assertThat(state(visit)).isEqualTo("PROPOSED");
        assertThat(jdbc.sql("SELECT status FROM archive_imports WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("DONE");
    }
}
