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
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
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

    long workshop(CurrentUser secretary, String title) throws Exception {
        String location = mvc.perform(post("/workshops/new").with(user(secretary)).with(csrf()).param("title", title)
                        .param("projectTitle", "Dự thảo của " + title).param("heldOn", "02/08/2023")
                        .param("partOfDay", "MORNING").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aSevenMegabyteDraftShowsFiftySectionsAPage() throws Exception {
        CurrentUser secretary = users.user(users.organization("Văn phòng có dự thảo lớn"), Role.ORGANIZER, Role.APPROVER);
        long id = workshop(secretary, "Hội thảo dự thảo rất dài");
        byte[] draft = largeDraft(7 * 1024 * 1024);
        long started = System.nanoTime();
        mvc.perform(multipart("/workshops/{id}/drafts", id).file(new MockMultipartFile("file", "du-thao-dai.txt", "text/plain", draft))
                .with(user(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
        long uploadMs = (System.nanoTime() - started) / 1_000_000;
        long sections = jdbc.sql("SELECT count(*) FROM draft_sections s JOIN workshop_drafts d ON d.id = s.draft_id WHERE d.workshop_id = ?")
                .param(id).query(Long.class).single();

        byte[] page = null;
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            started = System.nanoTime();
            page = mvc.perform(get("/workshops/{id}", id).with(user(secretary))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsByteArray();
            times[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(times);
        System.out.printf("large draft: %d bytes, %d sections, upload %d ms; workshop page %d bytes, median of 5 in %d ms "
                + "(fastest %d ms)%n", draft.length, sections, uploadMs, page.length, times[2], times[0]);

        Document shown = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        assertThat(shown.select("#sections li[id^=section-]").size()).isEqualTo(WorkshopDrafts.SECTIONS_PER_PAGE);
        assertThat(page.length).as("page bytes").isLessThan(200_000);
        assertThat(shown.getElementById("sections-shown").text()).isEqualTo("Mục 1–50 trong tổng số "
                + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(sections) + " mục");
        assertThat(shown.select("#sectionId option").size()).as("the comment form offers the sections of the page")
                .isEqualTo(WorkshopDrafts.SECTIONS_PER_PAGE + 1);
        assertThat(shown.select("#sections a.page-link").eachAttr("href")).contains("/workshops/" + id + "?sectionPage=2#sections");

        Document second = Jsoup.parse(mvc.perform(get("/workshops/{id}", id).param("sectionPage", "2").param("page", "1")
                .with(user(secretary))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.select("#sections li[id^=section-]").first().text()).startsWith("Điều 51.");
        assertThat(second.select("#comments a.page-link").eachAttr("href")).as("the comments' pager keeps the sections' page")
                .allMatch(href -> href.contains("sectionPage=2"));
        Document last = Jsoup.parse(mvc.perform(get("/workshops/{id}", id).param("sectionPage", "100000").with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(last.select("#sections li[id^=section-]").last().text()).startsWith("Điều " + sections + ".");
    }

    @Test
    void aLongSectionShowsItsBeginningAndLinksToTheWholeText() throws Exception {
        CurrentUser secretary = users.user(users.organization("Văn phòng có mục dài"), Role.ORGANIZER, Role.APPROVER);
        long id = workshop(secretary, "Hội thảo mục dài");
        String longText = "Nội dung rất dài của điều này. ".repeat(2_000) + "Câu cuối cùng của điều.";
        byte[] draft = ("Điều 1. Phạm vi\n" + longText + "\nĐiều 2. Đối tượng\nCơ quan, tổ chức.\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/workshops/{id}/drafts", id).file(new MockMultipartFile("file", "du-thao.txt", "text/plain", draft))
                .with(user(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
        long first = jdbc.sql("""
                        SELECT s.id FROM draft_sections s JOIN workshop_drafts d ON d.id = s.draft_id
                        WHERE d.workshop_id = ? AND s.label = 'Điều 1'""").param(id).query(Long.class).single();

        Document shown = Jsoup.parse(mvc.perform(get("/workshops/{id}", id).with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.getElementById("section-" + first).text()).doesNotContain("Câu cuối cùng của điều.")
                .hasSizeLessThan(WorkshopDrafts.PREVIEW_CHARS + 200);
        assertThat(shown.getElementById("sections-shown")).as("one page: no count").isNull();
        String full = shown.getElementById("section-full-" + first).attr("href");
        assertThat(full).isEqualTo("/workshops/" + id + "/sections/" + first);
        Document whole = Jsoup.parse(mvc.perform(get(full).with(user(secretary))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(whole.getElementById("section-body").text()).endsWith("Câu cuối cùng của điều.");
        assertThat(whole.getElementById("section-back").attr("href")).isEqualTo("/workshops/" + id + "?sectionPage=1#section-" + first);
        CurrentUser stranger = users.user(users.organization("Cơ quan không dự"), Role.ORGANIZER);
        mvc.perform(get(full).with(user(stranger))).andExpect(status().isNotFound());

        String link = (String) mvc.perform(post("/workshops/{id}/invitations", id).with(user(secretary)).with(csrf())
                        .param("expertName", "TS Chuyên Gia").param("organization", "Viện nghiên cứu").param("days", "14"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("invitationLink");
        String invitation = link.substring(link.indexOf("/y-kien/"));
        Document invited = Jsoup.parse(mvc.perform(get(invitation)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String expertFull = invited.getElementById("section-full-" + first).attr("href");
        assertThat(expertFull).isEqualTo(invitation + "?muc=" + first);
        assertThat(Jsoup.parse(mvc.perform(get(expertFull)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).getElementById("section-body").text()).endsWith("Câu cuối cùng của điều.");
        mvc.perform(multipart("/workshops/{id}/drafts", id).file(new MockMultipartFile("file", "lan-2.txt", "text/plain", draft))
                .with(user(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(expertFull)).andExpect(status().isNotFound()); // an expert reads the latest version only
    }
}
