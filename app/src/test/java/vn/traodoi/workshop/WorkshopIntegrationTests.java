package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.system.Hashes;

@IntegrationTest
class WorkshopIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser secretary;
    CurrentUser participant;
    CurrentUser stranger;
    long participantOrg;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @BeforeEach
    void users() {
        long holder = users.organization("Văn phòng UBND thử nghiệm");
        secretary = users.named(holder, "Trần Thư Ký", Role.ORGANIZER, Role.APPROVER);
        participantOrg = users.organization("Sở Tư pháp thử nghiệm");
        participant = users.named(participantOrg, "Nguyễn Văn Góp", Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER, Role.APPROVER);
    }

    String page(String path, CurrentUser as) throws Exception {
        Events.settle(jdbc);
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static String body(MvcResult r) throws Exception {
        return HtmlUtils.htmlUnescape(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long createWorkshop() throws Exception {
        String location = mvc.perform(post("/workshops/new").with(user(secretary)).with(csrf())
                        .param("title", "Hội thảo góp ý Đề án tổ chức chính quyền đô thị")
                        .param("projectTitle", "Đề án tổ chức chính quyền đô thị").param("heldOn", "02/08/2023")
                        .param("partOfDay", "AFTERNOON").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/workshops/{id}/participants", id).with(user(secretary)).with(csrf())
                .param("organizationId", "" + participantOrg)).andExpect(status().is3xxRedirection());
        return id;
    }

    MvcResult upload(long id, String name, byte[] bytes, Long... absorbs) throws Exception {
        var request = multipart("/workshops/{id}/drafts", id).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("note", "Bản trình hội thảo");
        for (Long a : absorbs) {
            request.param("absorbs", "" + a);
        }
        return mvc.perform(request.with(user(secretary)).with(csrf())).andReturn();
    }

    long draft(long workshop, int number) {
        return jdbc.sql("SELECT id FROM workshop_drafts WHERE workshop_id = ? AND number = ?").params(workshop, number)
                .query(Long.class).single();
    }

    long section(long draft, String label) {
        return jdbc.sql("SELECT id FROM draft_sections WHERE draft_id = ? AND label = ?").params(draft, label)
                .query(Long.class).single();
    }

    MvcResult comment(long workshop, CurrentUser as, long draft, Long section, String content) throws Exception {
        MockHttpServletRequestBuilder request = post("/workshops/{id}/comments", workshop).with(user(as)).with(csrf())
                .param("draftId", "" + draft).param("content", content);
        if (section != null) {
            request.param("sectionId", "" + section);
        }
        return mvc.perform(request).andReturn();
    }

    long commentId(String content) {
        return jdbc.sql("SELECT id FROM workshop_comments WHERE content = ?").param(content).query(Long.class).single();
    }

    int version(long comment) {
        return jdbc.sql("SELECT version FROM workshop_comments WHERE id = ?").param(comment).query(Integer.class).single();
    }

    String invite(long workshop) throws Exception {
        MvcResult r = mvc.perform(post("/workshops/{id}/invitations", workshop).with(user(secretary)).with(csrf())
                        .param("expertName", "PGS.TS Lê Chuyên Gia").param("organization", "Học viện Hành chính Quốc gia")
                        .param("days", "14"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String link = (String) r.getFlashMap().get("invitationLink");
        return link.substring(link.indexOf("/y-kien/"));
    }

    @Test
    void theDraftIsSplitIntoSectionsAndParticipantsCommentOnThem() throws Exception {
        long id = createWorkshop();
        assertThat(upload(id, "du-thao-de-an.docx", SampleDrafts.docx(SampleDrafts.VERSION_1)).getResponse().getStatus())
                .isEqualTo(302);
        long v1 = draft(id, 1);
        assertThat(page("/workshops/" + id, secretary)).contains("Dự thảo lần 1").contains("du-thao-de-an.docx")
                .contains("Các mục của dự thảo lần 1").contains("MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ");

        assertThat(comment(id, participant, v1, section(v1, "II"), "Cần làm rõ cơ sở không tổ chức HĐND phường.")
                .getResponse().getStatus()).isEqualTo(302);
        String seen = page("/workshops/" + id, secretary);
        assertThat(seen).contains("Cần làm rõ cơ sở không tổ chức HĐND phường.").contains("Nguyễn Văn Góp")
                .contains("Sở Tư pháp thử nghiệm").contains("Chưa trả lời (1)");
        assertThat(page("/workshops", participant)).contains("Hội thảo góp ý Đề án tổ chức chính quyền đô thị");
        assertThat(page("/workshops?q=chinh quyen do thi", participant)).contains("Hội thảo góp ý Đề án tổ chức chính quyền đô thị");
        assertThat(page("/workshops?q=ngân sách", participant)).doesNotContain("Hội thảo góp ý Đề án tổ chức chính quyền đô thị");
        assertThat(Jsoup.parse(page("/", secretary)).getElementById("todo-workshops").text())
                .contains("Hội thảo góp ý Đề án tổ chức chính quyền đô thị").contains("1 ý kiến");
        assertThat(page("/", participant)).doesNotContain("todo-workshops");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'WORKSHOP_COMMENT_ADDED' AND entity_id = ?")
                .param("" + commentId("Cần làm rõ cơ sở không tổ chức HĐND phường.")).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLargeConsultationIsReadPageByPage() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        jdbc.sql("""
                INSERT INTO workshop_comments (workshop_id, draft_id, channel, author_name, content, created_at)
                SELECT ?, ?, 'MINUTES', 'Đại biểu ' || g, 'Ý kiến số ' || g || '.', now() + (g || ' seconds')::interval
                FROM generate_series(1, 130) AS g""").params(id, draft(id, 1)).update();
        Document first = Jsoup.parse(page("/workshops/" + id, secretary));
        assertThat(first.select("#comment-table tbody tr")).hasSize(WorkshopViews.COMMENTS_PER_PAGE);
        assertThat(first.text()).contains("Ý kiến số 100.").doesNotContain("Ý kiến số 101.").contains("Ý kiến (130, chưa trả lời 130)");
        Document second = Jsoup.parse(page("/workshops/" + id + "?unanswered=true&page=2", secretary));
        assertThat(second.select("#comment-table tbody tr")).hasSize(30);
        assertThat(second.text()).contains("Ý kiến số 130.").doesNotContain("Ý kiến số 100.");
        assertThat(second.select("a.page-link").eachAttr("href")).contains("/workshops/" + id + "?unanswered=true&page=1");
    }

    @Test
    void badDraftFilesAreRefusedWithAClearMessageAndTheNoteKept() throws Exception {
        long id = createWorkshop();
        assertThat(body(upload(id, "du-thao.docx", "đây là văn bản thường".getBytes(StandardCharsets.UTF_8))))
                .contains("Nội dung tệp không đúng với phần mở rộng").contains("Bản trình hội thảo");
        assertThat(body(upload(id, "du-thao.pdf", SampleDrafts.scannedPdf()))).contains("không có lớp văn bản");
        assertThat(body(upload(id, "du-thao.exe", new byte[] {'M', 'Z'}))).contains("Chỉ nhận tệp Word (.docx), PDF (.pdf)");
        assertThat(body(upload(id, "du-thao.txt", new byte[(int) DraftReader.MAX_BYTES + 10]))).contains("lớn hơn 8 MB");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM workshop_drafts WHERE workshop_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCommentOnASectionOfAnotherVersionIsRefusedAndWhatWasTypedIsKept() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        long v1 = draft(id, 1);
        upload(id, "lan-2.docx", SampleDrafts.docx(SampleDrafts.VERSION_2));
        MvcResult stale = comment(id, participant, v1, section(v1, "II"), "Ý kiến viết trên bản cũ");
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(stale)).contains("Dự thảo đã có phiên bản mới").contains("Ý kiến viết trên bản cũ");

        long other = createWorkshop();
        upload(other, "khac.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        long v2 = draft(id, 2);
        assertThat(comment(id, participant, v2, section(draft(other, 1), "II"), "Mục của hội thảo khác").getResponse()
                .getStatus()).as("a section of another workshop is no record of this one").isEqualTo(404);
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM workshop_comments WHERE workshop_id = ?").param(id).query(Long.class)
                .single()).isZero();
    }

    @Test
    void scriptInACommentIsShownAsText() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        comment(id, participant, draft(id, 1), null, "<script>alert('x')</script> đề nghị bổ sung");
        String raw = mvc.perform(get("/workshops/{id}", id).with(user(secretary))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(raw).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    @Test
    void theSecretaryAnswersInBulkWithATemplateAndAStaleAnswerIsRefusedWithoutLosingTheText() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        long v1 = draft(id, 1);
        comment(id, participant, v1, section(v1, "I.1"), "Bổ sung Nghị quyết của Bộ Chính trị.");
        comment(id, participant, v1, section(v1, "III"), "Giao Sở Tài chính phối hợp.");
        long a = commentId("Bổ sung Nghị quyết của Bộ Chính trị.");
        long b = commentId("Giao Sở Tài chính phối hợp.");
        mvc.perform(post("/workshops/templates").with(user(secretary)).with(csrf()).param("kind", "EXPLAINED")
                .param("text", "Nội dung này đã được quy định tại văn bản khác, không cần nêu trong Đề án."))
                .andExpect(status().is3xxRedirection());
        long template = jdbc.sql("SELECT id FROM response_templates WHERE text LIKE 'Nội dung này đã được quy định%'")
                .query(Long.class).single();

        mvc.perform(post("/workshops/{id}/responses", id).with(user(secretary)).with(csrf()).param("ids", "" + a, "" + b)
                        .param("v" + a, "" + version(a)).param("v" + b, "" + version(b)).param("templateId", "" + template))
                .andExpect(status().is3xxRedirection());
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM workshop_comments WHERE workshop_id = ? AND status = 'EXPLAINED'")
                .param(id).query(Long.class).single()).isEqualTo(2);
        String csv = mvc.perform(get("/workshops/export.csv").with(user(secretary))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFma,ten,du_thao,ngay").contains(jdbc.sql("SELECT title FROM workshops WHERE id = ?")
                .param(id).query(String.class).single());
        byte[] xlsx = mvc.perform(get("/workshops/export.xlsx").with(user(secretary))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("so_y_kien");
        }
        CurrentUser outsider = users.user(users.organization("Cơ quan không mời"), Role.ORGANIZER);
        assertThat(mvc.perform(get("/workshops/export.csv").with(user(outsider))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).lines()).as("a workshop the body takes no part in is not exported")
                .hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notices WHERE user_id = ? AND message_key = 'commentAnswered.EXPLAINED'")
                .param(participant.userId()).query(Long.class).single()).as("the commenter is told of each answer")
                .isEqualTo(2);
        assertThat(page("/workshops/" + id + "?unanswered=true", secretary)).contains("Chưa trả lời (0)")
                .contains("Chưa có ý kiến nào.");

        MvcResult stale = mvc.perform(post("/workshops/{id}/responses", id).with(user(secretary)).with(csrf())
                .param("ids", "" + a).param("v" + a, "0").param("kind", "ABSORBED")
                .param("response", "Xin tiếp thu, bổ sung Nghị quyết số 45-NQ/TW")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("đã được người khác trả lời").contains("Xin tiếp thu, bổ sung Nghị quyết số 45-NQ/TW");

        MvcResult noReason = mvc.perform(post("/workshops/{id}/responses", id).with(user(secretary)).with(csrf())
                .param("ids", "" + a).param("v" + a, "" + version(a)).param("kind", "RESERVED")).andReturn();
        assertThat(body(noReason)).contains("cần nêu lý do");

        // A participant sees the answers but may not answer.
        assertThat(page("/workshops/" + id, participant)).contains("Nội dung này đã được quy định tại văn bản khác");
        mvc.perform(post("/workshops/{id}/responses", id).with(user(participant)).with(csrf()).param("ids", "" + a)
                .param("v" + a, "" + version(a)).param("kind", "RESERVED").param("response", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aResponseOnAClosedWorkshopIsRefusedAndTheTextKept() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        comment(id, participant, draft(id, 1), null, "Ý kiến chung về bố cục.");
        long c = commentId("Ý kiến chung về bố cục.");
        int workshopVersion = jdbc.sql("SELECT version FROM workshops WHERE id = ?").param(id).query(Integer.class).single();
        mvc.perform(post("/workshops/{id}/status", id).with(user(secretary)).with(csrf()).param("status", "CLOSED")
                .param("version", "" + workshopVersion)).andExpect(status().is3xxRedirection());
        MvcResult refused = mvc.perform(post("/workshops/{id}/responses", id).with(user(secretary)).with(csrf())
                .param("ids", "" + c).param("v" + c, "" + version(c)).param("kind", "EXPLAINED")
                .param("response", "Giữ bố cục như dự thảo")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(refused)).contains("Hội thảo đã kết thúc lấy ý kiến").contains("Giữ bố cục như dự thảo");
        assertThat(body(comment(id, participant, draft(id, 1), null, "Ý kiến muộn"))).contains("Hội thảo đã kết thúc lấy ý kiến")
                .contains("Ý kiến muộn");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT status FROM workshop_comments WHERE id = ?").param(c).query(String.class).single())
                .isEqualTo("RECEIVED");
    }

    @Test
    void anInvitedExpertCommentsWithoutAnAccountOnThatWorkshopOnly() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        long v1 = draft(id, 1);
        String link = invite(id);
        String token = link.substring("/y-kien/".length());
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM workshop_invitations WHERE token_hash = ?").param(token)
                .query(Long.class).single()).as("only the hash is stored").isZero();

        String invitationPage = body(mvc.perform(get(link)).andExpect(status().isOk()).andReturn());
        assertThat(invitationPage).contains("Kính gửi PGS.TS Lê Chuyên Gia").contains("Hội thảo góp ý Đề án tổ chức chính quyền đô thị")
                .contains("MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ");
        mvc.perform(post(link).with(csrf()).param("draftId", "" + v1).param("sectionId", "" + section(v1, "II"))
                .param("content", "Nên thí điểm trước tại một số quận.")).andExpect(status().is3xxRedirection());
        Comment c = WorkshopComments.query(jdbc, "c.content = ?", "Nên thí điểm trước tại một số quận.").getFirst();
        assertThat(c.channel()).isEqualTo(Comment.Channel.INVITATION);
        assertThat(c.author()).isEqualTo("PGS.TS Lê Chuyên Gia – Học viện Hành chính Quốc gia");
        assertThat(c.sectionLabel()).isEqualTo("II");

        // The link opens that workshop only: a version or a section of another workshop is no record of this one.
        long other = createWorkshop();
        upload(other, "khac.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        mvc.perform(post(link).with(csrf()).param("draftId", "" + draft(other, 1))
                .param("sectionId", "" + section(draft(other, 1), "II")).param("content", "Góp ý lạc chỗ"))
                .andExpect(status().isNotFound());
        mvc.perform(post(link).with(csrf()).param("draftId", "" + v1).param("sectionId", "" + section(draft(other, 1), "II"))
                .param("content", "Góp ý lạc chỗ")).andExpect(status().isNotFound());
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM workshop_comments WHERE content = 'Góp ý lạc chỗ'").query(Long.class)
                .single()).isZero();
        mvc.perform(get("/workshops/{id}", id)).andExpect(status().is3xxRedirection());

        long invitation = jdbc.sql("SELECT id FROM workshop_invitations WHERE workshop_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/workshops/{id}/invitations/{i}/revoke", id, invitation).with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        MvcResult revoked = mvc.perform(get(link)).andReturn();
        assertThat(revoked.getResponse().getStatus()).isEqualTo(410);
        assertThat(body(revoked)).contains("đã bị cơ quan tổ chức thu hồi");
        MvcResult lateComment = mvc.perform(post(link).with(csrf()).param("draftId", "" + v1).param("content", "Gửi sau khi thu hồi"))
                .andReturn();
        assertThat(lateComment.getResponse().getStatus()).isEqualTo(410);
        assertThat(body(lateComment)).contains("Gửi sau khi thu hồi");

        String expiredToken = "gy_" + "A".repeat(32);
        jdbc.sql("""
                INSERT INTO workshop_invitations (workshop_id, token_hash, expert_name, expires_at, created_by)
                VALUES (?, ?, 'Chuyên gia cũ', now() - interval '1 day', ?)""")
                .params(id, Hashes.sha256Hex(expiredToken), secretary.userId()).update();
        MvcResult expired = mvc.perform(get("/y-kien/" + expiredToken)).andReturn();
        assertThat(expired.getResponse().getStatus()).isEqualTo(410);
        assertThat(body(expired)).contains("đã hết hạn");
        mvc.perform(get("/y-kien/gy_" + "B".repeat(32))).andExpect(status().isNotFound());
        mvc.perform(get("/y-kien/khong-phai-ma")).andExpect(status().isNotFound());
    }

    @Test
    void aSecondVersionAbsorbsACommentAndTheComparisonShowsTheChange() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        long v1 = draft(id, 1);
        comment(id, participant, v1, section(v1, "II"), "Nêu rõ chế độ thủ trưởng của UBND phường.");
        long c = commentId("Nêu rõ chế độ thủ trưởng của UBND phường.");
        assertThat(upload(id, "lan-2.docx", SampleDrafts.docx(SampleDrafts.VERSION_2), c).getResponse().getStatus()).isEqualTo(302);
        Comment absorbed = WorkshopComments.query(jdbc, "c.id = ?", c).getFirst();
        assertThat(absorbed.status()).isEqualTo(CommentStatus.ABSORBED);
        assertThat(absorbed.absorbedInDraftNumber()).isEqualTo(2);
        assertThat(absorbed.changedText()).contains("Ủy ban nhân dân phường hoạt động theo chế độ thủ trưởng");

        String compare = page("/workshops/" + id + "/compare?from=1&to=2", participant);
        assertThat(compare).contains("So sánh dự thảo lần 1 và lần 2").contains("1 mục sửa đổi, 1 mục thêm mới, 0 mục bỏ.")
                .contains("Ủy ban nhân dân phường hoạt động theo chế độ thủ trưởng.").contains("IV. ĐÁNH GIÁ TÁC ĐỘNG");
        assertThat(Jsoup.parse(compare).select("#changes h2 > span:first-child").eachText())
                .as("each section named as the draft names it").contains("Mục II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ",
                        "Mục IV. ĐÁNH GIÁ TÁC ĐỘNG", "Mục I.1. Cơ sở chính trị, pháp lý");
        // A comment cannot be absorbed twice.
        assertThat(body(upload(id, "lan-3.docx", SampleDrafts.docx(SampleDrafts.VERSION_2), c))).contains("đã được trả lời theo cách khác");
        mvc.perform(get("/workshops/{id}/drafts/2", id).with(user(participant))).andExpect(status().isOk());
    }

    @Test
    void theSynthesisTableListsEveryCommentInTheOrderOfTheDraftInWordAndExcel() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        long v1 = draft(id, 1);
        comment(id, participant, v1, section(v1, "III"), "Ý kiến về tổ chức thực hiện.");
        comment(id, participant, v1, section(v1, "I.1"), "Ý kiến về cơ sở pháp lý.");
        mvc.perform(post("/workshops/{id}/comments", id).with(user(secretary)).with(csrf()).param("draftId", "" + v1)
                .param("content", "Ý kiến chung theo biên bản.").param("authorName", "Bùi Đức Quang")
                .param("authorOrganization", "HĐND thành phố")).andExpect(status().is3xxRedirection());
        long legal = commentId("Ý kiến về cơ sở pháp lý.");
        mvc.perform(post("/workshops/{id}/responses", id).with(user(secretary)).with(csrf()).param("ids", "" + legal)
                .param("v" + legal, "" + version(legal)).param("kind", "ABSORBED")
                .param("response", "Đã bổ sung Luật Tổ chức chính quyền địa phương")).andExpect(status().is3xxRedirection());

        byte[] docx = mvc.perform(get("/workshops/{id}/synthesis.docx", id).with(user(participant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String word;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            word = text.getText();
        }
        assertThat(word).contains("BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Tổng số 3 ý kiến: tiếp thu 1, giải trình 0, bảo lưu 0, chưa trả lời 2.")
                .contains("Bùi Đức Quang – HĐND thành phố").contains("Tiếp thu. Đã bổ sung Luật Tổ chức chính quyền địa phương");
        assertThat(word.indexOf("Ý kiến chung theo biên bản.")).isLessThan(word.indexOf("Ý kiến về cơ sở pháp lý."));
        assertThat(word.indexOf("Ý kiến về cơ sở pháp lý.")).isLessThan(word.indexOf("Ý kiến về tổ chức thực hiện."));

        byte[] xlsx = mvc.perform(get("/workshops/{id}/synthesis.xlsx", id).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            DataFormatter shown = new DataFormatter();
            sheet.forEach(row -> {
                StringBuilder s = new StringBuilder();
                row.forEach(cell -> s.append(shown.formatCellValue(cell)).append(" | "));
                rows.add(s.toString());
            });
            assertThat(String.join("\n", rows)).contains("1 | Bùi Đức Quang – HĐND thành phố | Ý kiến chung về dự thảo")
                    .contains("2 | " + author(participant) + " | Mục I.1. Cơ sở chính trị, pháp lý")
                    .contains("Ý kiến về cơ sở pháp lý. | Tiếp thu. Đã bổ sung Luật Tổ chức chính quyền địa phương")
                    .contains("3 | " + author(participant) + " | Mục III. TỔ CHỨC THỰC HIỆN | Ý kiến về tổ chức thực hiện. | Chưa tiếp thu, giải trình.");
        }
    }

    /** A draft numbered "1.", "2." twice, as a project's parts often are, without Roman numerals. */
    static final List<String> NUMBERED_TWICE = List.of(
            "ĐỀ ÁN TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ",
            "1. Quan điểm chỉ đạo",
            "Bảo đảm sự lãnh đạo toàn diện của Đảng.",
            "2. Mục tiêu",
            "Xây dựng chính quyền đô thị tinh gọn.",
            "1. Phạm vi áp dụng",
            "Áp dụng tại các quận.",
            "2. Mô hình tổ chức chính quyền đô thị",
            "Không tổ chức Hội đồng nhân dân phường.");

    @Test
    void theCommentsTheSectionPageTheApiAndTheSynthesisTableNameTheSectionAsTheDraftDoes() throws Exception {
        // given a draft numbered "2." twice, comments on both and on the whole draft, answered in the officials' words
        long id = createWorkshop();
        upload(id, "du-thao.docx", SampleDrafts.docx(NUMBERED_TWICE));
        long v1 = draft(id, 1);
        long model = section(v1, "2 (2)");
        comment(id, participant, v1, model, "Nêu rõ chế độ thủ trưởng của UBND phường.");
        comment(id, secretary, v1, model, "Làm rõ mối quan hệ giữa UBND quận và phường.");
        comment(id, participant, v1, section(v1, "2"), "Mục tiêu cần có số liệu.");
        comment(id, participant, v1, null, "Đề án cần đánh giá tác động.");
        long ward = commentId(id, "Nêu rõ chế độ thủ trưởng của UBND phường.");
        long district = commentId(id, "Làm rõ mối quan hệ giữa UBND quận và phường.");
        long target = commentId(id, "Mục tiêu cần có số liệu.");
        answer(id, ward, "ABSORBED", "Tiếp thu, bổ sung chế độ thủ trưởng tại Mục 2.");
        answer(id, district, "EXPLAINED", "Giải trình: Luật Tổ chức chính quyền địa phương đã quy định.");
        answer(id, target, "RESERVED", "Cơ quan soạn thảo xin bảo lưu vì chưa có số liệu.");
        String named = "Mục 2. Mô hình tổ chức chính quyền đô thị";

        // then the comment list names the section, not "2 (2)"
        Document show = Jsoup.parse(page("/workshops/" + id, secretary));
        assertThat(show.select("#comment-" + ward + " td.comment-section > span").text()).isEqualTo(named);
        assertThat(show.select("#comment-" + target + " td.comment-section > span").text()).isEqualTo("Mục 2. Mục tiêu");
        assertThat(show.select("#comment-table td.comment-section > span").eachText()).doesNotContain("2 (2)", "2");
        // the section's page
        assertThat(Jsoup.parse(page("/workshops/" + id + "/sections/" + model, participant)).select("#section-heading").text())
                .isEqualTo(named);
        // the API
        String json = mvc.perform(get("/api/v1/workshops/{id}/comments", id).with(user(participant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(json, "$[*].content")).hasSize(4);
        assertThat(JsonPath.<List<String>>read(json, "$[*].section")).as("none for the whole draft")
                .containsExactly("Mục 2. Mục tiêu", named, named);

        // the synthesis table as a PDF: A4 landscape, the heading, the rows in order, the section written once for its two
        byte[] pdf = mvc.perform(get("/workshops/{id}/synthesis.pdf", id).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                assertThat(doc.getPage(0).getResources().getFont(name).getName()).contains("LiberationSerif");
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý",
                    "STT", "Tiếp thu, giải trình", "Đề án cần đánh giá tác động.", "Mục 2. Mục tiêu", "Mục tiêu cần có số liệu.",
                    "Nêu rõ chế độ thủ trưởng của UBND phường.", "Làm rõ mối quan hệ giữa UBND quận và phường.");
            assertThat(text.split(Pattern.quote(named), -1)).as("the section's cell spans its two comments")
                    .hasSize(2);
        }

        // and the synthesis table in Word: the five columns, comments numbered 1 to 4, the section's cell spanning its two
        byte[] docx = mvc.perform(get("/workshops/{id}/synthesis.docx", id).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().stream().filter(t -> t.getText().contains("STT")).findFirst().orElseThrow();
            List<List<String>> rows = table.getRows().stream()
                    .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
            assertThat(rows.getFirst()).containsExactly("STT", "Cơ quan, tổ chức, cá nhân góp ý", "Mục/Điều của dự thảo",
                    "Nội dung góp ý", "Tiếp thu, giải trình");
            assertThat(rows.subList(1, rows.size())).containsExactly(
                    List.of("1", author(participant), "Ý kiến chung về dự thảo",
                            "Đề án cần đánh giá tác động.", "Chưa tiếp thu, giải trình."),
                    List.of("2", author(participant), "Mục 2. Mục tiêu", "Mục tiêu cần có số liệu.",
                            "Cơ quan soạn thảo xin bảo lưu vì chưa có số liệu."),
                    List.of("3", author(participant), named,
                            "Nêu rõ chế độ thủ trưởng của UBND phường.", "Tiếp thu, bổ sung chế độ thủ trưởng tại Mục 2."),
                    List.of("4", author(secretary), "",
                            "Làm rõ mối quan hệ giữa UBND quận và phường.",
                            "Giải trình: Luật Tổ chức chính quyền địa phương đã quy định."));
            var merged = table.getRow(4).getCell(2).getCTTc().getTcPr().getVMerge();
            assertThat(merged.getVal()).as("the second comment on the section continues its cell").isEqualTo(STMerge.CONTINUE);
            assertThat(table.getRow(3).getCell(2).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("Tiếp thu. Tiếp thu").doesNotContain("Giải trình: Giải trình")
                    .doesNotContain("Bảo lưu: Cơ quan soạn thảo xin bảo lưu").contains("tiếp thu 1, giải trình 1, bảo lưu 1, chưa trả lời 1.");
        }

        // and in Excel: STT a whole number, the section as the draft names it on every row
        byte[] xlsx = mvc.perform(get("/workshops/{id}/synthesis.xlsx", id).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = 4;
            assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(sheet.getRow(header).getCell(2).getStringCellValue()).isEqualTo("Mục/Điều của dự thảo");
            List<String> numbers = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                XSSFCell stt = sheet.getRow(r).getCell(0);
                assertThat(stt.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(stt.getCellStyle().getDataFormatString()).isEqualTo("0");
                numbers.add(stt.getCTCell().getV());
                sections.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(numbers).as("written as whole numbers, not 1.0").containsExactly("1", "2", "3", "4");
            assertThat(sections).containsExactly("Ý kiến chung về dự thảo", "Mục 2. Mục tiêu", named, named);
            assertThat(sheet.getRow(header + 3).getCell(4).getStringCellValue())
                    .isEqualTo("Tiếp thu, bổ sung chế độ thủ trưởng tại Mục 2.");
        }
    }

    static String author(CurrentUser user) {
        return user.fullName() + " – " + user.organizationName();
    }

    long commentId(long workshop, String content) {
        return jdbc.sql("SELECT id FROM workshop_comments WHERE workshop_id = ? AND content = ?").params(workshop, content)
                .query(Long.class).single();
    }

    void answer(long workshop, long comment, String kind, String response) throws Exception {
        mvc.perform(post("/workshops/{id}/responses", workshop).with(user(secretary)).with(csrf()).param("ids", "" + comment)
                .param("v" + comment, "" + version(comment)).param("kind", kind).param("response", response))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theChairsConclusionsBecomeTasksWithDeadlinesAndUnknownOrganizationsStay() throws Exception {
        long id = createWorkshop();
        String home = "Sở Nội vụ thành phố Hải Phòng";
        String support = "Tổ giúp việc Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng";
        MvcResult r = mvc.perform(post("/workshops/{id}/conclusions", id).with(user(secretary)).with(csrf()).param("assignments",
                "Hoàn thiện báo cáo, đề xuất lịch họp Ban Chỉ đạo | " + home + " | " + support + " | 8/2023\n"
                        + "Rà soát, bổ sung các căn cứ pháp lý | " + support + "\n"
                        + "Hoàn thiện dự thảo Đề án | đơn vị tư vấn | 8/2023\n"
                        + "Việc đã quá hạn trước hội thảo | " + home + " | 7/2023")).andReturn();
        assertThat(body(r)).contains("Một số dòng chưa thành nhiệm vụ").contains("Hoàn thiện dự thảo Đề án | đơn vị tư vấn | 8/2023")
                .as("each line left over is listed with its reason").contains("Cơ quan “đơn vị tư vấn” chưa có trong danh mục")
                .contains("Thời hạn không được trước ngày giao nhiệm vụ.")
                .contains("Việc đã quá hạn trước hội thảo")
                .as("the page that answers shows the tasks the other lines became")
                .contains("Hoàn thiện báo cáo, đề xuất lịch họp Ban Chỉ đạo");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up_tasks WHERE workshop_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);
        String show = page("/workshops/" + id, secretary);
        assertThat(show).contains("Hoàn thiện báo cáo, đề xuất lịch họp Ban Chỉ đạo").contains("trong tháng 8/2023");
        long task = jdbc.sql("SELECT id FROM follow_up_tasks WHERE workshop_id = ? AND task LIKE 'Hoàn thiện báo cáo%'")
                .param(id).query(Long.class).single();
        CurrentUser homeAffairs = users.user(org(home), Role.ORGANIZER);
        assertThat(page("/tasks/" + task, homeAffairs)).contains("Kết luận tại Hội thảo góp ý Đề án tổ chức chính quyền đô thị ngày 02/08/2023")
                .contains("Mở hồ sơ hội thảo");

        int version = jdbc.sql("SELECT version FROM workshops WHERE id = ?").param(id).query(Integer.class).single();
        assertThat(body(mvc.perform(post("/workshops/{id}/next-meeting", id).with(user(secretary)).with(csrf())
                .param("on", "01/08/2023").param("note", "Họp Ban Chỉ đạo").param("version", "" + version)).andReturn()))
                .contains("không thể trước ngày hội thảo");
        assertThat(body(mvc.perform(post("/workshops/{id}/next-meeting", id).with(user(secretary)).with(csrf())
                .param("on", "31/02/2023").param("note", "Họp Ban Chỉ đạo lần 2").param("version", "" + version)).andReturn()))
                .contains("Ngày phải có dạng dd/mm/yyyy").contains("31/02/2023").contains("Họp Ban Chỉ đạo lần 2");
        mvc.perform(post("/workshops/{id}/next-meeting", id).with(user(secretary)).with(csrf()).param("on", "25/08/2023")
                .param("part", "MORNING").param("note", "Họp Ban Chỉ đạo").param("version", "" + version))
                .andExpect(status().is3xxRedirection());
        assertThat(Jsoup.parse(page("/workshops/" + id, participant)).getElementById("next-meeting").text())
                .isEqualTo("Sáng 25/08/2023 — Họp Ban Chỉ đạo");
        MvcResult staleMeeting = mvc.perform(post("/workshops/{id}/next-meeting", id).with(user(secretary)).with(csrf())
                .param("note", "Họp lại").param("version", "" + version)).andExpect(status().isConflict()).andReturn();
        assertThat(body(staleMeeting)).contains("vừa được người khác sửa").contains("value=\"Họp lại\"");

        MvcResult staleEdit = mvc.perform(post("/workshops/{id}/edit", id).with(user(secretary)).with(csrf())
                .param("title", "Tên sửa trên bản cũ").param("projectTitle", "Đề án tổ chức chính quyền đô thị")
                .param("version", "" + version)).andExpect(status().isConflict()).andReturn();
        assertThat(body(staleEdit)).contains("vừa được người khác sửa").contains("Tên sửa trên bản cũ");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT title FROM workshops WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Hội thảo góp ý Đề án tổ chức chính quyền đô thị");
    }

    @Test
    void anotherOrganizationGetsNotFoundOnEveryPageAndAction() throws Exception {
        long id = createWorkshop();
        upload(id, "lan-1.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        long v1 = draft(id, 1);
        comment(id, participant, v1, null, "Ý kiến của cơ quan tham dự.");
        long c = commentId("Ý kiến của cơ quan tham dự.");
        invite(id);
        long invitationId = jdbc.sql("SELECT id FROM workshop_invitations WHERE workshop_id = ?").param(id).query(Long.class).single();
        for (String path : List.of("/workshops/" + id, "/workshops/" + id + "/edit", "/workshops/" + id + "/compare?from=1&to=1",
                "/workshops/" + id + "/drafts/1", "/workshops/" + id + "/synthesis.docx", "/workshops/" + id + "/synthesis.xlsx")) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        for (MockHttpServletRequestBuilder request : List.of(
                post("/workshops/{id}/edit", id).param("title", "x").param("projectTitle", "y").param("version", "0"),
                post("/workshops/{id}/status", id).param("status", "CLOSED").param("version", "0"),
                post("/workshops/{id}/participants", id).param("name", "Người lạ"),
                post("/workshops/{id}/comments", id).param("draftId", "" + v1).param("content", "Ý kiến lạ"),
                post("/workshops/{id}/responses", id).param("ids", "" + c).param("v" + c, "0").param("kind", "EXPLAINED")
                        .param("response", "x"),
                post("/workshops/{id}/invitations", id).param("expertName", "x"),
                post("/workshops/{id}/invitations/{i}/revoke", id, invitationId),
                post("/workshops/{id}/conclusions", id).param("assignments", "x | y"),
                post("/workshops/{id}/next-meeting", id).param("note", "x").param("version", "0"))) {
            mvc.perform(request.with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(multipart("/workshops/{id}/drafts", id).file(new MockMultipartFile("file", "x.txt", "text/plain",
                "Điều 1".getBytes(StandardCharsets.UTF_8))).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        assertThat(page("/workshops", stranger)).doesNotContain("Hội thảo góp ý Đề án tổ chức chính quyền đô thị");
        long participantRow = jdbc.sql("SELECT id FROM workshop_participants WHERE workshop_id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/workshops/{id}/participants/{p}/delete", id, participantRow).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        long template = jdbc.sql("INSERT INTO response_templates (owner_id, kind, text) VALUES (?, 'EXPLAINED', 'mẫu riêng') RETURNING id")
                .param(secretary.orgId()).query(Long.class).single();
        mvc.perform(post("/workshops/templates/{t}/delete", template).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        assertThat(page("/workshops/templates", stranger)).doesNotContain("mẫu riêng");
        // A participating organization sees, but does not edit.
        mvc.perform(get("/workshops/{id}/edit", id).with(user(participant))).andExpect(status().isForbidden());
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM workshop_comments WHERE workshop_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM workshop_invitations WHERE id = ?").param(invitationId)
                .query(Boolean.class).single()).isTrue();
    }
}
