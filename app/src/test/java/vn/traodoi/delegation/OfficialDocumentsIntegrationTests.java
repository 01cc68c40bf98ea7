package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.document.DocxChecks;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.OfficialDates;
import vn.traodoi.document.PdfChecks;
import vn.traodoi.signing.PdfSigning;
import vn.traodoi.signing.TestCertificates;
import vn.traodoi.signing.VerifiedSignature;

/**
 * A delegation's documents issued from its record: drafts at any time; issuing checks the signer (one message per
 * missing field, nothing issued), refuses an authority the type does not allow, takes the register's next number and
 * today's date, signs the PDF with the organization's certificate, and is done once; the host's reply after its answer;
 * a foreign organization gets 404 everywhere.
 */
@IntegrationTest
class OfficialDocumentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DelegationService delegations;

    @Autowired
    PdfSigning signing;

    @Autowired
    OfficialDocumentService documents;

    @Autowired
    Clock clock;

    long guestOrg;
    long hostOrg;
    CurrentUser organizer;
    CurrentUser leader;
    CurrentUser hostClerk;
    CurrentUser stranger;
    String tag;

    @BeforeEach
    void sides() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 6);
        guestOrg = users.organization("Sở Nội vụ thử văn bản");
        hostOrg = users.organization("Ủy ban nhân dân thử tiếp đoàn");
        organizer = users.named(guestOrg, "Nguyễn Thị Thu Hà", Role.ORGANIZER);
        leader = users.named(guestOrg, "Trần Văn Bình", Role.APPROVER);
        hostClerk = users.user(hostOrg, Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan không liên quan"), Role.ORGANIZER, Role.APPROVER);
        jdbc.sql("""
                        UPDATE organizations SET unit_id = (SELECT id FROM administrative_units
                                                            WHERE unit_set = 'old63' AND gso_code = '79')
                        WHERE id = ?""").param(guestOrg).update();
        symbols(guestOrg, "SNVT", "CCVC");
        symbols(hostOrg, "UBNDT", "VP");
    }

    void symbols(long org, String issuer, String division) throws Exception {
        mvc.perform(post("/admin/organizations/{id}/symbols", org).with(user(users.admin())).with(csrf())
                .param("issuer", issuer).param("division", division).param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    long delegation() {
        Delegation d = delegations.create(organizer, new DelegationForm(DelegationKind.STUDY, "Đoàn học tập " + tag,
                "Học tập kinh nghiệm xây dựng chính quyền số tại tỉnh Bắc Ninh.", LocalDate.of(2027, 3, 2),
                LocalDate.of(2027, 3, 4), false, 12, 0));
        long unit = jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '27'")
                .query(Long.class).single();
        d = delegations.addStop(organizer, d.id(), new StopForm(hostOrg, unit, LocalDate.of(2027, 3, 3),
                LocalDate.of(2027, 3, 3), d.version()));
        d = delegations.addTopic(organizer, d.id(), "Cổng dịch vụ công của tỉnh", d.version());
        return d.id();
    }

    Document tab(long id, CurrentUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get("/delegations/{id}", id).param("tab", "documents").with(user(as)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Document issue(long id, String key, CurrentUser as, String... params) throws Exception {
        var request = post("/delegations/{id}/official/{key}", id, key).with(user(as)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        return response.getStatus() == 200 ? Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)) : null;
    }

    long registered(long org) {
        return jdbc.sql("SELECT count(*) FROM register_entries WHERE organization_id = ?").param(org).query(Long.class).single();
    }

    @Test
    void thePlanAndTheDecisionAreIssuedOnceNumberedDatedAndSigned() throws Exception {
        long id = delegation();
        Document page = tab(id, organizer);
        assertThat(page.select("#official-documents [id^=official-] strong").eachText())
                .containsExactly("Kế hoạch đoàn công tác", "Quyết định cử đoàn công tác",
                        "Công văn đề nghị " + name(hostOrg) + " tiếp đoàn");
        byte[] draft = mvc.perform(get("/delegations/{id}/official/plan.docx", id).with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocxChecks.decree30(draft);
        assertThat(word(draft)).contains("Số:       /KH-SNVT").contains("KẾ HOẠCH")
                .contains("Học tập kinh nghiệm xây dựng chính quyền số tại tỉnh Bắc Ninh")
                .contains("- Cổng dịch vụ công của tỉnh;").contains("Thời gian: từ ngày 02/03/2027 đến ngày 04/03/2027.");

        Document missing = issue(id, "plan", organizer);
        assertThat(missing.select("#official-plan .official-refused").text())
                .isEqualTo("Chưa phát hành, chưa lấy số: 2 mục cần bổ sung hoặc sửa, ghi ngay cạnh từng ô; những gì đã nhập vẫn giữ nguyên.");
        assertThat(missing.select("#official-plan .invalid-feedback").eachText())
                .containsExactlyInAnyOrder("Nhập chức vụ người ký.", "Nhập họ và tên người ký.");
        assertThat(registered(guestOrg)).as("nothing issued, no number taken").isZero();
        Document refused = issue(id, "decision", organizer, "authority", "TL", "principal", "Giám đốc",
                "position", "Chánh Văn phòng", "signerName", "Lê Văn Cường");
        assertThat(refused.select("#official-decision .invalid-feedback").text()).contains("TL. không dùng để ký QUYẾT ĐỊNH");
        assertThat(refused.select("#official-decision input[name=signerName]").val()).as("what was typed is kept")
                .isEqualTo("Lê Văn Cường");

        Document glyph = issue(id, "plan", organizer, "position", "Giám đốc", "signerName", "Trần Văn 山");
        assertThat(glyph.select("#official-plan .official-problems").text())
                .isEqualTo("Văn bản có ký tự phông chữ không hiển thị được: 山. Sửa lại trong hồ sơ rồi phát hành.");
        assertThat(registered(guestOrg)).isZero();
        assertThat(issue(id, "plan", organizer, "authority", "KT", "principal", "Giám đốc", "position", "Phó Giám đốc",
                "signerName", "Trần Văn Bình")).as("issued: a redirect").isNull();
        var issued = jdbc.sql("SELECT id, number, symbol, signed FROM issued_documents WHERE record_link = ? AND type = 'KE_HOACH'")
                .param("/delegations/" + id).query((rs, n) -> List.of(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4))).single();
        assertThat(issued.subList(1, 4)).containsExactly("01", "KH-SNVT", false);
        byte[] pdf = mvc.perform(get("/documents/issued/{d}.pdf", issued.getFirst()).with(user(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String today = OfficialDates.date(LocalDate.now(clock));
        {
            assertThat(PdfChecks.decree30(pdf)).contains("Số: 01/KH-SNVT")
                    .contains("Thành phố Hồ Chí Minh, " + today)
                    .contains("KT. GIÁM ĐỐC").contains("PHÓ GIÁM ĐỐC").contains("Trần Văn Bình");
        }
        mvc.perform(get("/documents/issued/{d}.pdf", issued.getFirst()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/delegations/{id}/official/plan.pdf", id).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(issue(id, "plan", stranger, "position", "Giám đốc", "signerName", "X")).isNull();
        Document again = issue(id, "plan", organizer, "position", "Giám đốc", "signerName", "Trần Văn Bình");
        assertThat(again.select("#official-plan .official-problems").text()).as("the same document again")
                .startsWith("Văn bản này đã được phát hành với số 01/KH-SNVT ngày ");
        assertThat(registered(guestOrg)).as("no second number").isEqualTo(1);
        assertThat(tab(id, organizer).select("#official-plan .official-number").text()).startsWith("Số 01/KH-SNVT ngày");
        assertThat(tab(id, organizer).select("#official-plan form")).as("no second issue").isEmpty();

        mvc.perform(multipart("/admin/organizations/{id}/certificate", guestOrg)
                        .file(new MockMultipartFile("file", "chung-thu.p12", "application/x-pkcs12", TestCertificates.validPkcs12()))
                        .param("password", new String(TestCertificates.PASSWORD)).with(user(users.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(issue(id, "decision", organizer, "position", "Giám đốc", "signerName", "Trần Văn Bình", "sign", "true"))
                .isNull();
        long decision = jdbc.sql("SELECT id FROM issued_documents WHERE record_link = ? AND type = 'QUYET_DINH'")
                .param("/delegations/" + id).query(Long.class).single();
        assertThat(DocxChecks.decree30(mvc.perform(get("/documents/issued/{d}.docx", decision).with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("Số: 01/QĐ-SNVT").contains("QUYẾT ĐỊNH:").contains("Điều 3.").contains("Phụ lục");
        byte[] signed = mvc.perform(get("/documents/issued/{d}.pdf", decision).with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<VerifiedSignature> signatures = signing.verify(signed);
        assertThat(signatures).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.coversWholeDocument()).isTrue();
        });
        {
            String text = PdfChecks.decree30(signed);
            assertThat(text).contains("Số: 01/QĐ-SNVT").contains("Thành phố Hồ Chí Minh, ngày")
                    .contains("GIÁM ĐỐC SỞ NỘI VỤ THỬ VĂN BẢN").contains("QUYẾT ĐỊNH:")
                    .contains("Điều 1.").contains("DANH SÁCH THÀNH VIÊN ĐOÀN CÔNG TÁC")
                    .contains("(Kèm theo Quyết định số 01/QĐ-SNVT ngày ");
        }
    }

    @Test
    void theHostRepliesOnceItAnsweredAndTheLetterCarriesTheDivision() throws Exception {
        long id = delegation();
        Delegation d = delegations.get(organizer, id);
        d = delegations.transition(organizer, id, Action.SUBMIT, null, d.version());
        d = delegations.transition(leader, id, Action.APPROVE, null, d.version());
        d = delegations.transition(organizer, id, Action.REQUEST_HOSTS, null, d.version());
        long stop = d.stops().getFirst().id();
        assertThat(tab(id, hostClerk).select("#official-documents")).as("nothing to reply before answering").isEmpty();
        mvc.perform(get("/delegations/{id}/official/reply-{s}.pdf", id, stop).with(user(hostClerk)))
                .andExpect(status().isNotFound());
        Document noDivision = issue(id, "request-" + stop, organizer, "position", "Giám đốc", "signerName", "Trần Văn Bình",
                "division", "");
        assertThat(noDivision).as("the division set for the organization is used").isNull();
        assertThat(jdbc.sql("SELECT symbol FROM issued_documents WHERE record_link = ?")
                .param("/delegations/" + id + "/stops/" + stop).query(String.class).single()).isEqualTo("SNVT-CCVC");
        mvc.perform(post("/delegations/{id}/stops/{stop}/answer", id, stop).with(user(hostClerk)).with(csrf())
                        .param("answer", "confirm").param("note", "Làm việc tại phòng họp số 2")
                        .param("version", "" + delegations.get(hostClerk, id).version()))
                .andExpect(status().is3xxRedirection());
        assertThat(tab(id, hostClerk).select("#official-documents strong").eachText())
                .containsExactly("Công văn trả lời " + name(guestOrg));
        assertThat(issue(id, "reply-" + stop, hostClerk, "position", "Chánh Văn phòng", "signerName", "Phạm Thị Lan",
                "division", "VP")).isNull();
        long reply = jdbc.sql("SELECT id FROM issued_documents WHERE organization_id = ?").param(hostOrg)
                .query(Long.class).single();
        byte[] docx = mvc.perform(get("/documents/issued/{d}.docx", reply).with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocxChecks.decree30(docx);
        assertThat(word(docx)).contains("Số: 01/UBNDT-VP").contains("V/v tiếp Đoàn công tác của Sở Nội vụ thử văn bản")
                .contains("đồng ý tiếp và làm việc với Đoàn vào ngày 03/03/2027").contains("Làm việc tại phòng họp số 2");
        mvc.perform(get("/documents/issued/{d}.docx", reply).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(PdfChecks.decree30(mvc.perform(get("/documents/issued/{d}.pdf", reply).with(user(hostClerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("Kính gửi: Sở Nội vụ thử văn bản");
        long request = jdbc.sql("SELECT id FROM issued_documents WHERE organization_id = ? AND type = 'CONG_VAN'")
                .param(guestOrg).query(Long.class).single();
        assertThat(PdfChecks.decree30(mvc.perform(get("/documents/issued/{d}.pdf", request).with(user(hostClerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("Số: 01/SNVT-CCVC").contains("V/v đề nghị tiếp và làm việc với Đoàn công tác")
                .contains("trân trọng đề nghị");
        assertThat(DocxChecks.decree30(mvc.perform(get("/documents/issued/{d}.docx", request).with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("Số: 01/SNVT-CCVC").contains("Kính gửi: " + name(hostOrg) + ".");
    }

    @Test
    void clerksIssuingAtTheSameInstantGetDistinctConsecutiveNumbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(delegation());
        }
        var pool = Executors.newFixedThreadPool(6);
        var start = new CountDownLatch(1);
        List<Future<String>> issued = new ArrayList<>();
        for (long id : ids) {
            issued.add(pool.submit(() -> {
                start.await();
                return documents.issue(organizer, id, "plan", new IssueForm(null, null, "Giám đốc",
                        "Trần Văn Bình", null, null, false)).numberAndSymbol();
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (var f : issued) {
            numbers.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(numbers).containsExactlyInAnyOrder("01/KH-SNVT", "02/KH-SNVT", "03/KH-SNVT", "04/KH-SNVT",
                "05/KH-SNVT", "06/KH-SNVT");
    }

    private String name(long org) {
        return jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(org).query(String.class).single();
    }

    private static String word(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
