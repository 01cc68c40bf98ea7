package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** A large draft keeps its workshop page small: its sections are shown a page at a time, long texts cut. */
@IntegrationTest
class DraftSectionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    /** A plain-text draft of about {@code size} bytes: articles ("Điều n.") of some 700 bytes each. */
    static byte[] largeDraft(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 1024);
        String clause = "Cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố có trách nhiệm phối hợp với các sở, ngành, "
                + "Ủy ban nhân dân các quận, huyện trong việc triển khai, hướng dẫn, kiểm tra việc thực hiện nội dung này. ";
        for (int n = 1; out.size() < size; n++) {
            out.writeBytes(("Điều " + n + ". Trách nhiệm của cơ quan thực hiện thứ " + n + "\n" + clause.repeat(3) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aSevenMegabyteDraftShowsFiftySectionsAPage() throws Exception {
        CurrentUser secretary = users.user(users.organization("Văn phòng có dự thảo lớn"), Role.ORGANIZER, Role.APPROVER);
        String location = mvc.perform(post("/workshops/new").with(user(secretary)).with(csrf())
                        .param("title", "Hội thảo dự thảo rất dài").param("projectTitle", "Dự thảo rất dài")
                        .param("heldOn", "02/08/2023").param("partOfDay", "MORNING").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        byte[] draft = largeDraft(7 * 1024 * 1024);
        long started = System.nanoTime();
        mvc.perform(multipart("/workshops/{id}/drafts", id).file(new MockMultipartFile("file", "du-thao-dai.txt", "text/plain", draft))
                .with(user(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
        long uploadMs = (System.nanoTime() - started) / 1_000_000;
        long sections = jdbc.sql("SELECT count(*) FROM draft_sections s JOIN workshop_drafts d ON d.id = s.draft_id WHERE d.workshop_id = ?")
                .param(id).query(Long.class).single();

        mvc.perform(get("/workshops/{id}", id).with(user(secretary))).andExpect(status().isOk());
        started = System.nanoTime();
        byte[] page = mvc.perform(get("/workshops/{id}", id).with(user(secretary))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        long pageMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("large draft: %d bytes, %d sections, upload %d ms; workshop page %d bytes in %d ms%n",
                draft.length, sections, uploadMs, page.length, pageMs);

        Document shown = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        assertThat(shown.select("#sections li[id^=section-]")).hasSize(50);
        assertThat(page.length).as("page bytes").isLessThan(200_000);
    }
}
