package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** Seed 003, an article about a workshop, becomes a draft workshop with only what the article states. */
@IntegrationTest
class WorkshopImportIntegrationTests {

    static final String SUPPORT = "Tổ giúp việc Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }

    @Test
    void seed003ProposesTheWorkshopAndConfirmingCreatesItWithItsTasks() throws Exception {
        CurrentUser secretary = users.user(org("Ủy ban nhân dân thành phố Hải Phòng"), Role.ORGANIZER);
        String location = mvc.perform(post("/import").param("text", ImportIntegrationTests.seed("003_83de6a7a31d5f2b9"))
                        .with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Document page = Jsoup.parse(mvc.perform(get("/import/{id}", id).with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("workshop-title").val()).isEqualTo("Hội thảo góp ý Đề án tổ chức chính quyền đô thị thành phố Hải Phòng");
        assertThat(page.getElementById("workshop-project").val()).isEqualTo("Đề án tổ chức chính quyền đô thị thành phố Hải Phòng");
        assertThat(page.getElementById("workshop-heldOn").val()).isEqualTo("02/08/2023");
        assertThat(page.select("#workshop-part option[selected]").val()).isEqualTo("AFTERNOON");
        assertThat(page.getElementById("workshop-chair").val()).startsWith("Lê Anh Quân, Phó Chủ tịch Thường trực UBND thành phố");
        assertThat(page.getElementById("workshop-participants").text()).isEqualTo("Bùi Đức Quang, Phó Chủ tịch HĐND thành phố");
        String proposed = page.getElementById("workshop-assignments").wholeText();
        assertThat(proposed.lines()).hasSize(4);
        assertThat(proposed).contains("| Sở Nội vụ, các thành viên Tổ giúp việc | 8/2023").contains("| đơn vị tư vấn |");
        assertThat(page.getElementById("confirm-import")).as("no delegation is proposed for a workshop").isNull();

        // The secretary matches two assignments to the directory and leaves the consultant's, which names no organization.
        MvcResult confirmed = mvc.perform(post("/import/{id}/confirm-workshop", id).with(user(secretary)).with(csrf())
                        .param("title", page.getElementById("workshop-title").val())
                        .param("projectTitle", page.getElementById("workshop-project").val())
                        .param("heldOn", "02/08/2023").param("partOfDay", "AFTERNOON")
                        .param("chair", page.getElementById("workshop-chair").val())
                        .param("participants", page.getElementById("workshop-participants").text())
                        .param("conclusions", page.getElementById("workshop-conclusions").wholeText())
                        .param("assignments", "Chủ động hoàn thiện báo cáo, đề xuất lịch họp | Sở Nội vụ thành phố Hải Phòng | "
                                + SUPPORT + " | 8/2023\nTiếp thu, hoàn thiện dự thảo Đề án | đơn vị tư vấn |"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(confirmed.getFlashMap().get("unresolved")).asList().containsExactly("Tiếp thu, hoàn thiện dự thảo Đề án | đơn vị tư vấn |");
        String workshop = confirmed.getResponse().getRedirectedUrl().replaceAll("#.*", "");
        long workshopId = Long.parseLong(workshop.substring(workshop.lastIndexOf('/') + 1));
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT held_on::text || ' ' || part_of_day FROM workshops WHERE id = ?").param(workshopId)
                .query(String.class).single()).isEqualTo("2023-08-02 AFTERNOON");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT name || ', ' || title FROM workshop_participants WHERE workshop_id = ?").param(workshopId)
                .query(String.class).list()).containsExactly("Bùi Đức Quang, Phó Chủ tịch HĐND thành phố");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT deadline_date::text FROM follow_up_tasks WHERE workshop_id = ?").param(workshopId)
                .query(String.class).list()).containsExactly("2023-08-31");
        Events.settle(jdbc);
        assertThat(jdbc.sql("SELECT workshop_id FROM article_imports WHERE id = ?").param(id).query(Long.class).single())
                .isEqualTo(workshopId);
        Document after = Jsoup.parse(mvc.perform(get("/import/{id}", id).with(user(secretary))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(after.getElementById("workshop-exists")).isNotNull();
        assertThat(after.getElementById("workshop-form")).isNull();

        CurrentUser stranger = users.user(users.organization("Cơ quan khác"), Role.ORGANIZER);
        mvc.perform(post("/import/{id}/confirm-workshop", id).with(user(stranger)).with(csrf()).param("title", "x")
                .param("projectTitle", "y")).andExpect(status().isNotFound());
    }

    @Test
    void aWorkshopWithoutTitlesIsRefusedAndWhatWasTypedIsKept() throws Exception {
        CurrentUser secretary = users.user(org("Ủy ban nhân dân thành phố Hải Phòng"), Role.ORGANIZER);
        String location = mvc.perform(post("/import").param("text", ImportIntegrationTests.seed("003_83de6a7a31d5f2b9")
                                + "\nBài viết lấy lại để thử.")
                        .with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Document refused = Jsoup.parse(mvc.perform(post("/import/{id}/confirm-workshop", id).with(user(secretary)).with(csrf())
                        .param("title", "").param("projectTitle", "").param("heldOn", "31/02/2023")
                        .param("chair", "Người chủ trì đã gõ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.getElementById("confirm-errors").text()).contains("Nhập tên hội thảo và tên dự thảo.");
        assertThat(refused.getElementById("workshop-chair").val()).isEqualTo("Người chủ trì đã gõ");
    }
}
