package vn.traodoi.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
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

/**
 * A stop of delegation B named in a draft about delegation A, or a photo of article B removed through article A, of
 * the same organization, is refused with 404: no article, nothing removed, nothing audited.
 */
@IntegrationTest
class SubRecordOwnershipIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NewsSites sites;

    CurrentUser writer;
    long org;

    @BeforeEach
    void writer() {
        org = users.organization("Văn phòng viết tin hai đoàn");
        writer = users.named(org, "Chuyên viên viết tin", Role.ORGANIZER, Role.EDITOR);
        sites.site(org);
    }

    long delegation(String title, boolean withStop) {
        long id = jdbc.sql("""
                        INSERT INTO delegations (kind, title, organizer_id, status, start_date, end_date)
                        VALUES ('WORKING', ?, ?, 'COMPLETED', DATE '2023-03-01', DATE '2023-03-02') RETURNING id""")
                .params(title, org).query(Long.class).single();
        if (withStop) {
            jdbc.sql("""
                    INSERT INTO delegation_stops (delegation_id, position, unit_id, start_date, end_date)
                    VALUES (?, 1, (SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '48'),
                            DATE '2023-03-01', DATE '2023-03-02')""").param(id).update();
        }
        return id;
    }

    long stop(long delegation) {
        return jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(delegation).query(Long.class).single();
    }

    long article(String title) throws Exception {
        String location = mvc.perform(post("/news/drafts").with(user(writer)).with(csrf()).param("title", title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The last audit entry, the organization's articles and their photos. */
    String state() {
        return jdbc.sql("""
                        SELECT (SELECT max(id) FROM audit_events) || '|'
                            || (SELECT count(*) FROM news_articles WHERE organization_id = :org) || '|'
                            || coalesce((SELECT string_agg(p.id || ':' || p.article_id, ',' ORDER BY p.id) FROM news_photos p
                                         JOIN news_articles a ON a.id = p.article_id WHERE a.organization_id = :org), 'none')""")
                .param("org", org).query(String.class).single();
    }

    @Test
    void aDraftAboutADelegationDoesNotTakeAStopOfAnotherOne() throws Exception {
        long a = delegation("Đoàn A làm việc tại Đà Nẵng", true);
        long b = delegation("Đoàn B làm việc tại Đà Nẵng", true);
        String before = state();
        mvc.perform(post("/news/drafts").with(user(writer)).with(csrf()).param("delegation", "" + a)
                .param("stop", "" + stop(b))).andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before);

        mvc.perform(post("/news/drafts").with(user(writer)).with(csrf()).param("delegation", "" + a)
                .param("stop", "" + stop(a))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT stop_id FROM news_articles WHERE delegation_id = ?").param(a).query(Long.class).single())
                .isEqualTo(stop(a));
    }

    @Test
    void aDraftAboutADelegationWithoutAStopIsExplainedOnTheDelegation() throws Exception {
        long id = delegation("Đoàn chưa có điểm đến", false);
        String before = state();
        mvc.perform(post("/news/drafts").with(user(writer)).with(csrf()).param("delegation", "" + id))
                .andExpect(redirectedUrl("/delegations/" + id)).andExpect(flash().attribute("error", "news.draft.stop"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aPhotoOfAnotherArticleIsNeitherRemovedNorServedThroughThisOne() throws Exception {
        long a = article("Tin A về hội nghị");
        long b = article("Tin B về hội thảo");
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        mvc.perform(multipart("/news/{id}/photos", b).file(new MockMultipartFile("photo", "anh.png", "image/png",
                png.toByteArray())).param("caption", "Quang cảnh").with(user(writer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long photoOfB = jdbc.sql("SELECT id FROM news_photos WHERE article_id = ?").param(b).query(Long.class).single();
        String before = state();
        mvc.perform(post("/news/{id}/photos/{p}/delete", a, photoOfB).with(user(writer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/news/{id}/photos/{p}", a, photoOfB).with(user(writer))).andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before).doesNotEndWith("none");
    }

    @Test
    void aCategoryOfAnotherOrganizationIsNotRenamed() throws Exception {
        long other = users.organization("Cơ quan có chuyên mục riêng");
        long category = sites.categories(sites.site(other).organizationId()).getFirst().id();
        String name = jdbc.sql("SELECT name FROM news_categories WHERE id = ?").param(category).query(String.class).single();
        String before = state();
        mvc.perform(post("/news/categories").with(user(writer)).with(csrf()).param("id", "" + category)
                .param("name", "Chuyên mục đổi tên")).andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT name FROM news_categories WHERE id = ?").param(category).query(String.class).single())
                .isEqualTo(name);
    }
}
