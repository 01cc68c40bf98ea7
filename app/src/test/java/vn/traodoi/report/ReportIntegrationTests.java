package vn.traodoi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** Seed 004 after the trip: members report, the secretary compiles, the approver approves, lessons are kept. */
@IntegrationTest
class ReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    String page(String path, CurrentUser as) throws Exception {
        Events.settle(jdbc);
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A study visit of the organization to Hà Nội, with its one stop. */
    long visitToHanoi(long organizer, String title, String status, String start, String end, String precision) {
        long hanoi = jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '01'").query(Long.class).single();
        long id = jdbc.sql("""
                        INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date, date_precision)
                        VALUES ('STUDY', ?, ?, ?, CAST(? AS date), CAST(? AS date), ?) RETURNING id""")
                .params(title, organizer, status, start, end, precision).query(Long.class).single();
        jdbc.sql("INSERT INTO delegation_stops (delegation_id, position, unit_id) VALUES (?, 1, ?)").params(id, hanoi).update();
        return id;
    }

    @Test
    void membersReportTheSecretaryCompilesTheApproverApprovesAndTheLessonsAreKept() throws Exception {
        long snv = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'").query(Long.class).single();
        CurrentUser secretary = users.user(snv, Role.ORGANIZER);
        CurrentUser approver = users.user(snv, Role.APPROVER);
        CurrentUser member = users.user(snv, Role.MEMBER);
        CurrentUser colleague = users.user(snv, Role.MEMBER);
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER, Role.APPROVER);
        long id = visitToHanoi(snv, "Đoàn học tập cải cách hành chính tại Hà Nội và Quảng Ninh", "IN_PROGRESS",
                "2022-12-01", "2022-12-31", "MONTH");
        long person = jdbc.sql("INSERT INTO persons (full_name) VALUES (?) RETURNING id").param(member.fullName()).query(Long.class).single();
        long memberEntry = jdbc.sql("""
                        INSERT INTO delegation_members (delegation_id, position, role, person_id, title_text)
                        VALUES (?, 1, 'MEMBER', ?, 'Chuyên viên Phòng Cải cách hành chính') RETURNING id""")
                .params(id, person).query(Long.class).single();
        jdbc.sql("INSERT INTO delegation_members (delegation_id, position, role, group_description) VALUES (?, 2, 'HEAD', 'Lãnh đạo Sở Nội vụ')")
                .param(id).update();
        long topic = jdbc.sql("""
                        INSERT INTO delegation_topics (delegation_id, position, content)
                        VALUES (?, 1, 'Mô hình Trung tâm Phục vụ hành chính công') RETURNING id""").param(id).query(Long.class).single();

        String early = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/{id}/reports/members/{m}", id, memberEntry)
                        .with(user(member)).with(csrf()).param("learned", "Một cửa"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(early).contains("sau khi chuyến công tác kết thúc");
        jdbc.sql("UPDATE delegations SET status = 'COMPLETED' WHERE id = ?").param(id).update();

        assertThat(page("/account/person", member)).as("'Tôi là …' offers the namesake in the directory")
                .contains("value=\"" + person + "\"").contains(member.fullName());
        mvc.perform(post("/account/person").with(user(member)).with(csrf()).param("personId", "" + person))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/account", member)).contains("/people/" + person);
        String mine = page("/delegations/" + id + "/reports", member);
        assertThat(mine).contains("Nội dung 1: Mô hình Trung tâm Phục vụ hành chính công").contains("id=\"my-report\"").contains("Hạn nộp báo cáo của thành viên: 15/01/2023").contains("Chưa nộp");

        String notMine = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/{id}/reports/members/{m}", id, memberEntry)
                        .with(user(colleague)).with(csrf()).param("learned", "Báo cáo hộ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(notMine).contains("Bạn chỉ nộp được báo cáo của chính mình");

        mvc.perform(post("/delegations/{id}/reports/members/{m}", id, memberEntry).with(user(member)).with(csrf())
                        .param("learned", "Hà Nội tiếp nhận 100% hồ sơ trực tuyến tại bộ phận một cửa")
                        .param("topic-" + topic, "Quảng Ninh đặt trung tâm tại mỗi cấp huyện")
                        .param("proposals", "Áp dụng tiếp nhận hồ sơ trực tuyến toàn trình"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/delegations/" + id + "/reports", member)).as("the member's own text comes back in the form")
                .contains("Quảng Ninh đặt trung tâm tại mỗi cấp huyện");

        mvc.perform(post("/delegations/{id}/reports/compile", id).with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String compiled = page("/delegations/" + id + "/reports", secretary);
        assertThat(compiled).as("merged by topic, each part attributed")
                .contains("1. Mô hình Trung tâm Phục vụ hành chính công\n- " + member.fullName() + ": Quảng Ninh đặt trung tâm tại mỗi cấp huyện")
                .contains(member.fullName() + ": Hà Nội tiếp nhận 100% hồ sơ trực tuyến")
                .contains("Áp dụng tiếp nhận hồ sơ trực tuyến toàn trình (" + member.fullName() + ")");
        int version = jdbc.sql("SELECT version FROM trip_reports WHERE delegation_id = ?").param(id).query(Integer.class).single();
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/{id}/reports/trip", id).with(user(secretary))
                        .with(csrf()).param("results", " ").param("lessons", "Bài học đang viết dở")
                        .param("appendices", "Phụ lục 1: Danh sách thành viên đoàn")
                        .param("version", "" + version).param("action", "submit"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused).as("a refused submission keeps what was typed")
                .contains("Cần có kết quả chuyến công tác trước khi trình duyệt.").contains("Bài học đang viết dở")
                .contains("Phụ lục 1: Danh sách thành viên đoàn");
        mvc.perform(post("/delegations/{id}/reports/trip", id).with(user(secretary)).with(csrf())
                        .param("results", "Đoàn đã học tập mô hình một cửa của Hà Nội và Quảng Ninh.")
                        .param("appendices", "Phụ lục 1: Danh sách thành viên đoàn")
                        .param("lessons", "Cải cách hành chính: tiếp nhận hồ sơ trực tuyến toàn trình tại bộ phận một cửa")
                        .param("proposals", "Áp dụng tiếp nhận hồ sơ trực tuyến toàn trình | Sở Nội vụ Thành phố Hồ Chí Minh | 6/2099\n"
                                + "Nghiên cứu mô hình trung tâm hành chính công | Cơ quan chưa có trong danh mục | 2099")
                        .param("version", "" + version).param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegations/{id}/reports/decision", id).with(user(secretary)).with(csrf())
                .param("decision", "approve").param("version", "" + (version + 1))).andExpect(status().isForbidden());
        mvc.perform(post("/delegations/{id}/reports/decision", id).with(user(approver)).with(csrf())
                        .param("decision", "approve").param("version", "" + (version + 1)))
                .andExpect(status().is3xxRedirection());
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT status FROM delegations WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("REPORTED");
        Events.settle(jdbc);
        assertThat(jdbc.sql("""
                        SELECT t.task || ' | ' || t.deadline_kind || ' ' || t.deadline_date FROM follow_up_tasks t
                        WHERE t.delegation_id = ?""").param(id).query(String.class).list())
                .as("a proposal with a known lead organization becomes a task; the other stays a proposal")
                .containsExactly("Áp dụng tiếp nhận hồ sơ trực tuyến toàn trình | MONTH 2099-06-30");
        assertThat(page("/delegations/" + id + "/reports", approver)).contains("Phụ lục 1: Danh sách thành viên đoàn");
        byte[] docx = mvc.perform(get("/delegations/{id}/reports/trip.docx", id).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String word;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx));
                var text = new XWPFWordExtractor(doc)) {
            word = text.getText();
        }
        assertThat(word).as("the Decree 30 layout, the record's part and the secretary's")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc").contains("Số:       /BC-")
                .contains("SỞ NỘI VỤ").contains("Thành phố Hồ Chí Minh, ngày      tháng      năm")
                .contains("BÁO CÁO\nKết quả chuyến công tác của đoàn học tập cải cách hành chính tại Hà Nội và")
                .doesNotContain("- - ").contains("I. CĂN CỨ").contains("III. CHƯƠNG TRÌNH LÀM VIỆC")
                .contains("IV. KẾT QUẢ\nĐoàn đã học tập mô hình một cửa của Hà Nội và Quảng Ninh.")
                .contains("- Áp dụng tiếp nhận hồ sơ trực tuyến toàn trình; Sở Nội vụ Thành phố Hồ Chí Minh; 6/2099")
                .contains("PHỤ LỤC").contains("Nơi nhận:");
        assertThat(word.replaceAll("\\s+", " ")).as("the title does not repeat the places")
                .contains("Kết quả chuyến công tác của đoàn học tập cải cách hành chính tại Hà Nội và Quảng Ninh I. CĂN CỨ");
        mvc.perform(get("/delegations/{id}/reports/trip.docx", id).with(user(stranger))).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get("/delegations/{id}/reports/trip.pdf", id).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc").contains("BÁO CÁO")
                    .contains("Đoàn đã học tập mô hình một cửa của Hà Nội và Quảng Ninh.");
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).as("the Vietnamese font travels with the document").anyMatch(f -> f.contains("LiberationSerif"));
        }
        mvc.perform(get("/delegations/{id}/reports/trip.pdf", id).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(page("/lessons?q=mot cua", secretary)).contains("Cải cách hành chính:")
                .contains("tiếp nhận hồ sơ trực tuyến toàn trình").contains("Hà Nội");

        mvc.perform(get("/delegations/{id}/reports", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/delegations/{id}/reports/compile", id).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/delegations/{id}/reports/trip", id).with(user(stranger)).with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/delegations/{id}/reports/decision", id).with(user(stranger)).with(csrf())
                .param("decision", "approve").param("version", "0")).andExpect(status().isNotFound());
        assertThat(page("/lessons?q=mot cua", stranger)).doesNotContain("tiếp nhận hồ sơ trực tuyến toàn trình");
    }

    @Test
    void everyProposalOfEveryMemberBecomesATaskWhenTheCompiledReportIsApprovedAsItStands() throws Exception {
        // given a completed visit of two members, each proposing two tasks due 12/2099
        long snv = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'").query(Long.class).single();
        CurrentUser secretary = users.user(snv, Role.ORGANIZER);
        CurrentUser approver = users.user(snv, Role.APPROVER);
        long id = visitToHanoi(snv, "Đoàn học tập mô hình chính quyền số tại Hà Nội", "COMPLETED", "2026-03-02",
                "2026-03-04", "DAY");
        String[][] proposals = {
                {"Số hóa hồ sơ hộ tịch của các phường", "Tập huấn kỹ năng số cho cán bộ một cửa"},
                {"Rà soát thủ tục cấp phép xây dựng", "Lập tổ công nghệ số cộng đồng ở mỗi khu phố"}};
        for (int i = 0; i < proposals.length; i++) {
            CurrentUser member = users.user(snv, Role.MEMBER);
            long person = jdbc.sql("INSERT INTO persons (full_name) VALUES (?) RETURNING id").param(member.fullName())
                    .query(Long.class).single();
            long entry = jdbc.sql("""
                            INSERT INTO delegation_members (delegation_id, position, role, person_id)
                            VALUES (?, ?, 'MEMBER', ?) RETURNING id""").params(id, i + 1, person).query(Long.class).single();
            mvc.perform(post("/account/person").with(user(member)).with(csrf()).param("personId", "" + person))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/delegations/{id}/reports/members/{m}", id, entry).with(user(member)).with(csrf())
                            .param("learned", "Hà Nội giải quyết thủ tục trực tuyến toàn trình")
                            .param("proposals", proposals[i][0] + " | Sở Nội vụ Thành phố Hồ Chí Minh | 12/2099\n"
                                    + proposals[i][1] + " | Sở Nội vụ Thành phố Hồ Chí Minh | 12/2099"))
                    .andExpect(status().is3xxRedirection());
        }

        // when the secretary compiles the report and submits it as compiled, and the approver approves it
        mvc.perform(post("/delegations/{id}/reports/compile", id).with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ReportService.TripReport compiled = jdbc.sql("SELECT * FROM trip_reports WHERE delegation_id = ?").param(id)
                .query(ReportService.TripReport.class).single();
        assertThat(compiled.proposals()).as("the member's name follows the last line of each member's proposals")
                .contains("12/2099 (");
        mvc.perform(post("/delegations/{id}/reports/trip", id).with(user(secretary)).with(csrf())
                        .param("results", compiled.results()).param("proposals", compiled.proposals())
                        .param("version", "" + compiled.version()).param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegations/{id}/reports/decision", id).with(user(approver)).with(csrf())
                        .param("decision", "approve").param("version", "" + (compiled.version() + 1)))
                .andExpect(status().is3xxRedirection());

        // then each of the four proposals is a task due 31/12/2099, the last of each member's saying who proposed it
        Events.settle(jdbc);
        assertThat(jdbc.sql("""
                        SELECT task || ' | ' || deadline_kind || ' ' || deadline_date || ' | ' || source
                        FROM follow_up_tasks WHERE delegation_id = ? ORDER BY id""").param(id).query(String.class).list())
                .hasSize(4)
                .allMatch(t -> t.contains(" | MONTH 2099-12-31 | Đề xuất của báo cáo chuyến công tác: "))
                .anyMatch(t -> t.startsWith(proposals[0][1]) && t.endsWith(")"))
                .anyMatch(t -> t.startsWith(proposals[1][1]) && t.endsWith(")"))
                .anyMatch(t -> t.startsWith(proposals[0][0]) && t.endsWith("tại Hà Nội"));
    }
}
