package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestImages;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class DelegationPagesIntegrationTests {

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser organizer;
    CurrentUser stranger;

    @BeforeEach
    void users() {
        organizer = users.user(users.organization("Sở Nội vụ tỉnh thử"), Role.ORGANIZER, Role.APPROVER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER, Role.APPROVER);
    }

    /** The text a reader sees: tags removed, entities decoded, spaces collapsed. */
    String page(String path, CurrentUser as) throws Exception {
        String html = mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ");
    }

    long create(String title) throws Exception {
        String location = mvc.perform(post("/delegations/new").with(user(organizer)).with(csrf())
                        .param("kind", "SURVEY").param("title", title).param("startDate", "09/08/2022")
                        .param("endDate", "10/08/2022").param("declaredMemberCount", "20").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void theOrganizerPlansADelegationAndTheRecordReadsLikeTheArticle() throws Exception {
        long id = create("Đoàn khảo sát của Sở Nội vụ tỉnh thử");
        long hcm = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân Thành phố Hồ Chí Minh'")
                .query(Long.class).single();
        mvc.perform(post("/delegations/{id}/documents", id).with(user(organizer)).with(csrf()).param("type", "KE_HOACH")
                .param("numberSymbol", "196/KH-UBND").param("issuedOn", "12/07/2022").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegations/{id}/members", id).with(user(organizer)).with(csrf()).param("role", "HEAD")
                .param("newPerson", "Đ/c Lê Hồng Sơn, Phó Chủ tịch Thường trực").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegations/{id}/stops", id).with(user(organizer)).with(csrf())
                .param("hostOrganizationId", "" + hcm).param("startDate", "09/08/2022").param("endDate", "10/08/2022")
                .param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        long stop = jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/delegations/{id}/sessions", id).with(user(organizer)).with(csrf()).param("stopId", "" + stop)
                .param("date", "09/08/2022").param("partOfDay", "AFTERNOON").param("kind", "WORKING_SESSION")
                .param("visitedOrganizationId", "" + hcm)
                .param("chair", "đồng chí Võ Văn Hoan, Phó Chủ tịch UBND TP.HCM")
                .param("topics", "(1) kinh nghiệm tổ chức bộ máy\n(2) cơ chế thu hút nguồn nhân lực chất lượng cao\n")
                .param("version", "" + version(id))).andExpect(status().is3xxRedirection());

        String general = page("/delegations/" + id, organizer);
        assertThat(general).contains("Căn cứ Kế hoạch số 196/KH-UBND ngày 12/07/2022.")
                .contains("Đoàn khảo sát của Sở Nội vụ tỉnh thử").contains(", gồm 20 người")
                .contains("Trưởng đoàn:").contains("Lê Hồng Sơn, Phó Chủ tịch Thường trực")
                .contains("09/08/2022 – 10/08/2022");
        String programme = page("/delegations/" + id + "?tab=programme", organizer);
        assertThat(programme).contains("Chiều 09/08/2022 — Buổi làm việc: Ủy ban nhân dân Thành phố Hồ Chí Minh")
                .contains("Chủ trì: Võ Văn Hoan, Phó Chủ tịch UBND TP.HCM")
                .contains("kinh nghiệm tổ chức bộ máy").doesNotContain("(1) kinh nghiệm");
        assertThat(page("/delegations/outgoing?q=khao sat so noi vu tinh thu", organizer))
                .contains("Đoàn khảo sát của Sở Nội vụ tỉnh thử");
        assertThat(page("/calendar?month=2022-08", organizer)).contains("Đoàn khảo sát của Sở Nội vụ tỉnh thử");
        String csv = mvc.perform(get("/delegations/outgoing/export.csv").param("year", "2022").with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Đoàn khảo sát của Sở Nội vụ tỉnh thử,Đoàn khảo sát,Dự thảo");
    }

    @Test
    void pickingAPersonShowsThePositionHeldOnTheDelegationsDates() throws Exception {
        long id = create("Đoàn chọn người");
        long ubnd = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân Thành phố Hồ Chí Minh'")
                .query(Long.class).single();
        long person = jdbc.sql("INSERT INTO persons (full_name) VALUES ('Trần Văn Thử Nghiệm') RETURNING id")
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO positions (person_id, title, organization_id, valid_from, valid_to) VALUES
                        (?, 'Phó Giám đốc Sở', NULL, DATE '2015-01-01', DATE '2021-12-31'),
                        (?, 'Phó Chủ tịch', ?, DATE '2022-01-01', NULL)""").params(person, person, ubnd).update();
        String candidates = HtmlUtils.htmlUnescape(mvc.perform(get("/delegations/{id}/people", id).param("q", "tran van thu")
                        .header("HX-Request", "true").with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(candidates).contains("Trần Văn Thử Nghiệm").contains("Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh")
                .doesNotContain("Phó Giám đốc Sở").doesNotContain("<html");
        mvc.perform(post("/delegations/{id}/members", id).with(user(organizer)).with(csrf()).param("role", "MEMBER")
                .param("personId", "" + person).param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT title_text FROM delegation_members WHERE delegation_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh");
        mvc.perform(get("/delegations/{id}/people", id).param("q", "tran").with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void aFormWithAnEndBeforeItsStartKeepsWhatWasTyped() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/new").with(user(organizer)).with(csrf())
                        .param("kind", "STUDY").param("title", "Đoàn học tập tại Đà Nẵng").param("purpose", "Học cách làm hay")
                        .param("startDate", "22/07/2022").param("endDate", "21/07/2022").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("id=\"endDate-error\"").contains("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.")
                .contains("value=\"Đoàn học tập tại Đà Nẵng\"").contains("Học cách làm hay").contains("value=\"21/07/2022\"");
    }

    @Test
    void aSessionFormWithErrorsComesBackOnTheProgrammeTabWithItsText() throws Exception {
        long id = create("Đoàn kiểm tra lỗi");
        long hcm = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'").query(Long.class).single();
        mvc.perform(post("/delegations/{id}/stops", id).with(user(organizer)).with(csrf())
                .param("hostOrganizationId", "" + hcm).param("startDate", "09/08/2022").param("endDate", "09/08/2022")
                .param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        long stop = jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/{id}/sessions", id).with(user(organizer)).with(csrf())
                        .param("stopId", "" + stop).param("date", "10/08/2022").param("kind", "FIELD_VISIT")
                        .param("topics", "Mô hình một cửa").param("version", "" + version(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("id=\"date-error\"").contains("nằm ngoài thời gian của điểm đến")
                .contains("Mô hình một cửa").contains("value=\"10/08/2022\"");
    }

    @Test
    void anIllegalStepOnAPageExplainsItselfWith409() throws Exception {
        long id = create("Đoàn chưa có điểm đến");
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/{id}/actions/SUBMIT", id).with(user(organizer))
                        .with(csrf()).param("version", "" + version(id)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Cần ít nhất một điểm đến trước khi gửi duyệt.");
    }

    @Test
    void photosMustBeImagesAndAreServedOnlyToThoseWhoSeeTheDelegation() throws Exception {
        long id = create("Đoàn có ảnh");
        long host = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'").query(Long.class).single();
        mvc.perform(post("/delegations/{id}/stops", id).with(user(organizer)).with(csrf()).param("hostOrganizationId", "" + host)
                .param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        long stop = jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/delegations/{id}/sessions", id).with(user(organizer)).with(csrf()).param("stopId", "" + stop)
                .param("kind", "WORKING_SESSION").param("version", "" + version(id))).andExpect(status().is3xxRedirection());
        long session = jdbc.sql("SELECT id FROM delegation_sessions WHERE stop_id = ?").param(stop).query(Long.class).single();

        String refused = HtmlUtils.htmlUnescape(mvc.perform(multipart("/delegations/{id}/sessions/{s}/photos", id, session)
                        .file(new MockMultipartFile("photo", "anh.jpg", "image/jpeg", "<script>alert(1)</script>".getBytes()))
                        .param("caption", "Ảnh giả").param("version", "" + version(id)).with(user(organizer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(Jsoup.parse(refused).getElementById("photo-error-" + session).text())
                .isEqualTo("Tệp không phải ảnh JPEG, PNG hoặc WebP.");
        Document bomb = Jsoup.parse(mvc.perform(multipart("/delegations/{id}/sessions/{s}/photos", id, session)
                        .file(new MockMultipartFile("photo", "to.png", "image/png", TestImages.pngHeader(30_000, 30_000)))
                        .param("caption", "Ảnh rất lớn").param("version", "" + version(id)).with(user(organizer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(bomb.getElementById("photo-error-" + session).text())
                .isEqualTo("Ảnh quá lớn: 900 megapixel, tối đa 40. Hãy thu nhỏ ảnh rồi tải lên lại.");
        assertThat(bomb.getElementById("caption-" + session).val()).isEqualTo("Ảnh rất lớn");
        mvc.perform(multipart("/delegations/{id}/sessions/{s}/photos", id, session).param("version", "" + version(id))
                .with(user(organizer)).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM session_photos WHERE session_id = ?").param(session).query(Long.class).single())
                .isZero();

        mvc.perform(multipart("/delegations/{id}/sessions/{s}/photos", id, session)
                        .file(new MockMultipartFile("photo", "anh.jpg", "image/jpeg", TestImages.withExif(TestImages.jpeg(64, 48), 1)))
                        .param("caption", "Quang cảnh buổi làm việc")
                        .param("version", "" + version(id)).with(user(organizer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long photo = jdbc.sql("SELECT id FROM session_photos WHERE session_id = ?").param(session).query(Long.class).single();
        byte[] served = mvc.perform(get("/delegations/{id}/photos/{p}", id, photo).with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TestImages.jpegMarkers(served)).as("served without its EXIF").doesNotContain(0xFFE1);
        assertThat(TestImages.contains(served, "GPS")).isFalse();
        assertThat(TestImages.read(served).getWidth()).isEqualTo(64);
        mvc.perform(get("/delegations/{id}/photos/{p}", id, photo).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(page("/delegations/" + id + "?tab=programme", organizer)).contains("Quang cảnh buổi làm việc");
    }

    @Test
    void aMembersOrganizationFindsTheDelegationInItsListsOnceThePlanIsApproved() throws Exception {
        long front = users.organization("Ban Dân vận thử");
        CurrentUser frontClerk = users.user(front, Role.MEMBER);
        long id = create("Đoàn có thành viên của Ban Dân vận");
        mvc.perform(post("/delegations/{id}/members", id).with(user(organizer)).with(csrf()).param("role", "MEMBER")
                        .param("group", "Đại diện lãnh đạo Ban Dân vận").param("organizationId", "" + front)
                        .param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/delegations", frontClerk)).as("not while it is drafted")
                .doesNotContain("Đoàn có thành viên của Ban Dân vận");
        jdbc.sql("UPDATE delegations SET status = 'APPROVED' WHERE id = ?").param(id).update();
        assertThat(page("/delegations", frontClerk)).contains("Đoàn có thành viên của Ban Dân vận");
        assertThat(page("/delegations/outgoing", frontClerk)).doesNotContain("Đoàn có thành viên của Ban Dân vận");
        assertThat(page("/delegations", stranger)).doesNotContain("Đoàn có thành viên của Ban Dân vận");
    }

    @Test
    void anUnrelatedOrganizationGets404OnEveryPage() throws Exception {
        long id = create("Đoàn riêng của Sở");
        int v = version(id);
        for (String tab : new String[] {"general", "members", "programme", "documents", "history"}) {
            mvc.perform(get("/delegations/{id}", id).param("tab", tab).with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/delegations/{id}/edit", id).with(user(stranger))).andExpect(status().isNotFound());
        String[] posts = {"/edit", "/documents", "/documents/1/delete", "/topics", "/topics/1/delete", "/members",
                "/members/1/delete", "/stops", "/sessions", "/sessions/1/delete", "/actions/SUBMIT", "/stops/1/answer",
                "/stops/1/accept"};
        for (String path : posts) {
            mvc.perform(post("/delegations/" + id + path).with(user(stranger)).with(csrf()).param("version", "" + v)
                            .param("kind", "SURVEY").param("title", "x").param("role", "MEMBER").param("group", "x")
                            .param("type", "KHAC").param("content", "x").param("stopId", "1").param("answer", "confirm")
                            .param("unitId", "1"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(multipart("/delegations/{id}/sessions/1/photos", id)
                .file(new MockMultipartFile("photo", "a.png", "image/png", PNG)).param("version", "" + v)
                .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/delegations/{id}/photos/1", id).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(page("/delegations", stranger)).doesNotContain("Đoàn riêng của Sở");
        assertThat(page("/calendar?month=2022-08", stranger)).doesNotContain("Đoàn riêng của Sở");
        assertThat(mvc.perform(get("/delegations/export.csv").with(user(stranger))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Đoàn riêng của Sở");
        assertThat(version(id)).isEqualTo(v);
    }

    @Test
    void aMemberWithoutTheOrganizerRoleCannotPlanADelegation() throws Exception {
        CurrentUser member = users.user(users.organization("Sở"), Role.MEMBER);
        mvc.perform(get("/delegations/new").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(post("/delegations/new").with(user(member)).with(csrf()).param("kind", "SURVEY").param("title", "x"))
                .andExpect(status().isForbidden());
    }
}
