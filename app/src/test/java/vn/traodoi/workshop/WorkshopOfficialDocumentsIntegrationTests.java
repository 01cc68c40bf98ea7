package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.document.DocxChecks;
import vn.traodoi.document.PdfChecks;

/**
 * Seed 003's workshop gives its invitation (GM) and the notice of its chair's conclusions with the tasks they gave
 * (TB), issued by its holder; a participating organization downloads them, another organization gets 404, and a
 * participant cannot issue them.
 */
@IntegrationTest
class WorkshopOfficialDocumentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @AfterEach
    void forgetTheDocuments() {
        jdbc.sql("DELETE FROM issued_documents WHERE record_link LIKE '/workshops/%'").update();
    }

    @Test
    void theHolderIssuesTheInvitationAndTheNoticeOfConclusionsWithItsTasks() throws Exception {
        long id = WorkshopSeeds.seed003(context);
        long city = org("Ủy ban nhân dân thành phố Hải Phòng");
        mvc.perform(post("/admin/organizations/{id}/symbols", city).with(user(users.admin())).with(csrf())
                .param("issuer", "UBND").param("division", "VP").param("version", "0"));
        jdbc.sql("DELETE FROM register_entries WHERE organization_id = ? AND record_link = ?")
                .params(city, "/workshops/" + id).update();
        CurrentUser clerk = users.user(city, Role.ORGANIZER);
        CurrentUser council = users.user(org("Hội đồng nhân dân thành phố Hải Phòng"), Role.ORGANIZER);
        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);

        var page = Jsoup.parse(mvc.perform(get("/workshops/{id}", id).with(user(clerk))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#official-documents strong").eachText())
                .containsExactly("Giấy mời dự hội thảo", "Thông báo kết luận");
        mvc.perform(post("/workshops/{id}/official/conclusions", id).with(user(clerk)).with(csrf())
                        .param("authority", "TM").param("principal", "Ủy ban nhân dân").param("position", "Phó Chủ tịch")
                        .param("signerName", "Lê Anh Quân"))
                .andExpect(status().is3xxRedirection());
        long notice = jdbc.sql("SELECT id FROM issued_documents WHERE record_link = ? AND type = 'THONG_BAO'")
                .param("/workshops/" + id).query(Long.class).single();
        byte[] pdf = mvc.perform(get("/documents/issued/{d}.pdf", notice).with(user(council)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        {
            String text = PdfChecks.decree30(pdf);
            assertThat(text).contains("THÔNG BÁO").containsPattern("Số: \\d{2}/TB-UBND")
                    .contains("Kết luận của Lê Anh Quân, Phó Chủ tịch Thường trực UBND thành phố tại hội thảo góp ý")
                    .contains("Hải Phòng, ngày").contains("Các nhiệm vụ được giao:")
                    .contains("chủ trì: Sở Nội vụ thành phố Hải Phòng").contains("thời hạn: trong tháng 08/2023")
                    .contains("TM. ỦY BAN NHÂN DÂN").contains("PHÓ CHỦ TỊCH").contains("Lê Anh Quân");
        }
        mvc.perform(get("/documents/issued/{d}.pdf", notice).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(DocxChecks.decree30(mvc.perform(get("/documents/issued/{d}.docx", notice).with(user(council)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("THÔNG BÁO").contains("Các nhiệm vụ được giao:");
        assertThat(DocxChecks.decree30(mvc.perform(get("/workshops/{id}/official/invitation.docx", id).with(user(clerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).contains("GIẤY MỜI");
        mvc.perform(get("/workshops/{id}/official/invitation.pdf", id).with(user(council))).andExpect(status().isNotFound());
        mvc.perform(post("/workshops/{id}/official/invitation", id).with(user(council)).with(csrf())
                .param("position", "Chủ tịch").param("signerName", "X")).andExpect(status().isNotFound());
        byte[] invitation = mvc.perform(get("/workshops/{id}/official/invitation.pdf", id).with(user(clerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        {
            assertThat(PdfChecks.decree30(invitation)).contains("GIẤY MỜI")
                    .contains("trân trọng kính mời:").contains("Bùi Đức Quang").contains("Thời gian: chiều ngày 02/08/2023.");
        }
    }
}
