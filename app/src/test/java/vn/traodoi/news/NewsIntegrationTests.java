package vn.traodoi.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestImages;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.DemoSeeds;
import vn.traodoi.system.TraodoiProperties;

@IntegrationTest
class NewsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NewsSites sites;

    @Autowired
    ApplicationContext context;

    CurrentUser editor;
    CurrentUser writer;
    CurrentUser stranger;
    String site;

    @BeforeEach
    void users() {
        long org = users.organization("Văn phòng thử tin");
        editor = users.named(org, "Biên tập viên", Role.EDITOR);
        writer = users.named(org, "Chuyên viên viết tin", Role.ORGANIZER);
        stranger = users.user(users.organization("Cơ quan khác"), Role.EDITOR, Role.ORGANIZER);
        site = sites.site(org).slug();
    }

    long draft(CurrentUser as, String title) throws Exception {
        String location = mvc.perform(post("/news/drafts").with(user(as)).with(csrf()).param("title", title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM news_articles WHERE id = ?").param(id).query(Integer.class).single();
    }

    String slug(long id) {
        return jdbc.sql("SELECT slug FROM news_articles WHERE id = ?").param(id).query(String.class).single();
    }

    long category() {
        return sites.categories(editor.orgId()).getFirst().id();
    }

    MvcResult save(CurrentUser as, long id, String title, String body, String publishAt) throws Exception {
        var request = post("/news/{id}", id).with(user(as)).with(csrf()).param("title", title).param("bodyHtml", body)
                .param("version", "" + version(id)).param("publishAt", publishAt);
        if (!title.isEmpty()) {
            request.param("categoryId", "" + category());
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult step(CurrentUser as, long id, String step) throws Exception {
        return mvc.perform(post("/news/{id}/step", id).with(user(as)).with(csrf()).param("step", step)
                .param("version", "" + version(id))).andReturn();
    }

    static String text(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).text();
    }

    @Test
    void bodiesAreCleanedAndSlugsMadeUnique() throws Exception {
        long a = draft(writer, "Hội nghị sơ kết cải cách hành chính");
        long b = draft(writer, "Hội nghị sơ kết cải cách hành chính");
        assertThat(slug(a)).isEqualTo("hoi-nghi-so-ket-cai-cach-hanh-chinh");
        assertThat(slug(b)).isEqualTo("hoi-nghi-so-ket-cai-cach-hanh-chinh-2");
        save(writer, a, "Hội nghị sơ kết cải cách hành chính", "<p onclick=\"alert(1)\" style=\"color:red\">Nội dung"
                + "<script>alert(2)</script></p><img src=\"x\" onerror=\"alert(3)\"><a href=\"javascript:alert(4)\">x</a>"
                + "<iframe src=\"https://example.com\"></iframe>", "");
        String stored = jdbc.sql("SELECT body_html FROM news_articles WHERE id = ?").param(a).query(String.class).single();
        assertThat(stored).as("scripts, styles, event handlers, javascript: links and frames removed")
                .isEqualTo("<p>Nội dung</p><img src=\"x\"><a>x</a>");
    }

    @Test
    void publishingNeedsTheEditorATitleAndACategory() throws Exception {
        long id = draft(writer, "Tin thử đăng");
        save(writer, id, "", "<p>Có nội dung</p>", "");
        assertThat(step(writer, id, "SUBMIT").getResponse().getStatus()).isEqualTo(302);
        assertThat(step(writer, id, "PUBLISH").getResponse().getStatus()).isEqualTo(403);
        MvcResult refused = step(editor, id, "PUBLISH");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(refused)).contains("Nhập tiêu đề trước khi đăng.").contains("Chọn chuyên mục trước khi đăng.");
        mvc.perform(get("/tin/{s}/{a}", site, slug(id))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM news_articles WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void aScheduledArticleIsPublicOnlyFromItsTimeAndAnUnpublishedOneSaysSoPolitely() throws Exception {
        long id = draft(writer, "Tin lên lịch đăng");
        String tomorrow = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(LocalDateTime.now().plusDays(1));
        save(writer, id, "Tin lên lịch đăng", "<p>Đăng ngày mai.</p>", tomorrow);
        assertThat(step(editor, id, "PUBLISH").getResponse().getStatus()).isEqualTo(302);
        mvc.perform(get("/tin/{s}/{a}", site, slug(id))).andExpect(status().isNotFound());
        assertThat(text(mvc.perform(get("/news").with(user(editor))).andReturn())).contains("Đã lên lịch đăng");

        long now = draft(writer, "Tin đăng ngay rồi gỡ");
        save(writer, now, "Tin đăng ngay rồi gỡ", "<p>Nội dung.</p>", "");
        step(editor, now, "PUBLISH");
        mvc.perform(get("/tin/{s}/{a}", site, slug(now))).andExpect(status().isOk());
        assertThat(new String(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8)).contains("/tin/" + site + "/" + slug(now)).doesNotContain(slug(id));
        step(editor, now, "UNPUBLISH");
        MvcResult gone = mvc.perform(get("/tin/{s}/{a}", site, slug(now))).andReturn();
        assertThat(gone.getResponse().getStatus()).isEqualTo(410);
        assertThat(text(gone)).contains("Bài viết này không còn được đăng");
        mvc.perform(get("/tin/{s}/{a}/qr.png", site, slug(now))).andExpect(status().isGone());
        assertThat(text(mvc.perform(get("/tin/{s}", site)).andReturn())).doesNotContain("Tin đăng ngay rồi gỡ")
                .contains("Tin mới");
        assertThat(text(mvc.perform(get("/tin/{s}?lang=en", site)).andReturn())).contains("Latest news")
                .contains("Tiếng Việt");
    }

    @Test
    void photosMustBeImagesOfAtMostFiveMegabytes() throws Exception {
        long id = draft(writer, "Tin có ảnh");
        MvcResult notImage = mvc.perform(multipart("/news/{id}/photos", id).file(new MockMultipartFile("photo", "anh.jpg",
                "image/jpeg", "không phải ảnh".getBytes(StandardCharsets.UTF_8))).param("caption", "Quang cảnh buổi làm việc")
                .with(user(writer)).with(csrf())).andReturn();
        assertThat(text(notImage)).contains("Tệp không phải ảnh JPEG hoặc PNG.");
        assertThat(Jsoup.parse(notImage.getResponse().getContentAsString(StandardCharsets.UTF_8)).getElementById("caption").val())
                .isEqualTo("Quang cảnh buổi làm việc");
        byte[] big = new byte[(int) NewsPhotos.MAX_PHOTO_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThat(text(mvc.perform(multipart("/news/{id}/photos", id).file(new MockMultipartFile("photo", "to.jpg", "image/jpeg", big))
                .with(user(writer)).with(csrf())).andReturn())).contains("Ảnh lớn hơn 5 MB.");
        MvcResult broken = mvc.perform(multipart("/news/{id}/photos", id).file(new MockMultipartFile("photo", "hong.jpg",
                "image/jpeg", TestImages.truncated(TestImages.jpeg(400, 300))))
                .param("caption", "Ảnh tải dở").with(user(writer)).with(csrf())).andReturn();
        assertThat(text(broken)).contains("Ảnh bị hỏng hoặc không đọc được.");
        assertThat(Jsoup.parse(broken.getResponse().getContentAsString(StandardCharsets.UTF_8)).getElementById("caption").val())
                .isEqualTo("Ảnh tải dở");
        assertThat(jdbc.sql("SELECT count(*) FROM news_photos WHERE article_id = ?").param(id).query(Long.class).single()).isZero();
        byte[] gps = TestImages.withExif(TestImages.jpeg(80, 60), 1);
        mvc.perform(multipart("/news/{id}/photos", id).file(new MockMultipartFile("photo", "a.jpg", "image/jpeg", gps))
                .param("caption", "Ảnh nhỏ").with(user(writer)).with(csrf())).andExpect(status().is3xxRedirection());
        long photo = jdbc.sql("SELECT id FROM news_photos WHERE article_id = ?").param(id).query(Long.class).single();
        byte[] served = mvc.perform(get("/news/{id}/photos/{p}", id, photo).with(user(writer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(TestImages.jpegMarkers(served)).as("served without its EXIF").doesNotContain(0xFFE1);
        assertThat(TestImages.contains(served, "GPS")).isFalse();
        assertThat(jdbc.sql("SELECT size_bytes FROM news_photos WHERE id = ?").param(photo).query(Long.class).single())
                .isEqualTo(served.length);
        mvc.perform(get("/tin/{s}/{a}/anh/{p}", site, slug(id), photo)).andExpect(status().isNotFound());
    }

    @Test
    void anotherOrganizationAndThePublicSeeNothingBeforePublication() throws Exception {
        long id = draft(writer, "Tin nội bộ chưa đăng");
        for (String path : new String[] {"/news/" + id, "/news/" + id + "/photos/1"}) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/news/{id}", id).with(user(stranger)).with(csrf()).param("title", "x").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/news/{id}/step", id).with(user(stranger)).with(csrf()).param("step", "PUBLISH").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/news/{id}/photos", id).file(new MockMultipartFile("photo", "a.png", "image/png", new byte[] {1}))
                .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/news/{id}/photos/1/delete", id).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        assertThat(text(mvc.perform(get("/news").with(user(stranger))).andReturn())).doesNotContain("Tin nội bộ chưa đăng");
        mvc.perform(get("/tin/{s}/{a}", site, slug(id))).andExpect(status().isNotFound());
        mvc.perform(get("/tin/{s}/{a}/in", site, slug(id))).andExpect(status().isNotFound());
        mvc.perform(get("/tin/khong-co-trang-nay")).andExpect(status().isNotFound());
        assertThat(text(mvc.perform(get("/tin/{s}/tim-kiem", site).param("q", "tin noi bo")).andReturn()))
                .contains("Không tìm thấy tin bài nào phù hợp.");
        mvc.perform(get("/news").with(user(users.user(editor.orgId(), Role.MEMBER)))).andExpect(status().isOk());
        mvc.perform(post("/news/drafts").with(user(users.user(editor.orgId(), Role.MEMBER))).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedAndCategoriesAreEditable() throws Exception {
        long id = draft(writer, "Tin hai người cùng sửa");
        int stale = version(id);
        save(writer, id, "Bản của người thứ nhất", "<p>Một</p>", "");
        MvcResult second = mvc.perform(post("/news/{id}", id).with(user(editor)).with(csrf()).param("title", "Bản của người thứ hai")
                .param("bodyHtml", "<p>Hai</p>").param("version", "" + stale)).andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(second.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("title").val()).isEqualTo("Bản của người thứ hai");
        assertThat(page.getElementById("stale")).isNotNull();
        assertThat(jdbc.sql("SELECT title FROM news_articles WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Bản của người thứ nhất");

        mvc.perform(post("/news/categories").with(user(editor)).with(csrf()).param("name", "Hội thảo, tọa đàm"))
                .andExpect(status().is3xxRedirection());
        assertThat(sites.categories(editor.orgId())).extracting(NewsSites.Category::slug).contains("hoi-thao-toa-dam");
        assertThat(text(mvc.perform(post("/news/categories").with(user(editor)).with(csrf()).param("name", "tin chuyen nganh"))
                .andReturn())).contains("Đã có chuyên mục tên này.");
        mvc.perform(post("/news/categories").with(user(writer)).with(csrf()).param("name", "Khác")).andExpect(status().isForbidden());
    }

    @Autowired
    TraodoiProperties properties;

    @Test
    void aSessionPhotoStoredBeforeUploadsWereCheckedIsCleanedWhenTakenIntoADraft() throws Exception {
        CurrentUser organizer = users.user(users.organization("Sở có ảnh cũ"), Role.ORGANIZER, Role.EDITOR);
        String location = mvc.perform(post("/delegations/new").with(user(organizer)).with(csrf()).param("kind", "SURVEY")
                        .param("title", "Đoàn có ảnh cũ").param("startDate", "09/08/2022").param("endDate", "10/08/2022")
                        .param("declaredMemberCount", "5").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long delegation = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long host = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'").query(Long.class).single();
        mvc.perform(post("/delegations/{id}/stops", delegation).with(user(organizer)).with(csrf())
                .param("hostOrganizationId", "" + host).param("version", "0")).andExpect(status().is3xxRedirection());
        long stop = jdbc.sql("SELECT id FROM delegation_stops WHERE delegation_id = ?").param(delegation).query(Long.class).single();
        mvc.perform(post("/delegations/{id}/sessions", delegation).with(user(organizer)).with(csrf()).param("stopId", "" + stop)
                .param("kind", "WORKING_SESSION").param("version", "1")).andExpect(status().is3xxRedirection());
        long session = jdbc.sql("SELECT id FROM delegation_sessions WHERE stop_id = ?").param(stop).query(Long.class).single();
        Path photos = properties.dataDir().toAbsolutePath().normalize().resolve("files").resolve("photos");
        Files.createDirectories(photos);
        byte[] withGps = TestImages.withExif(TestImages.jpeg(64, 48), 1);
        byte[] cut = TestImages.truncated(TestImages.jpeg(400, 300));
        for (byte[] old : List.of(withGps, cut)) {
            String storage = UUID.randomUUID().toString();
            Files.write(photos.resolve(storage), old);
            jdbc.sql("INSERT INTO session_photos (session_id, storage_name, content_type, size_bytes, caption) VALUES (?, ?, ?, ?, ?)")
                    .params(session, storage, "image/jpeg", old.length, "Ảnh cũ " + old.length).update();
        }

        String draft = mvc.perform(post("/news/drafts").with(user(organizer)).with(csrf()).param("delegation", "" + delegation))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
        List<Long> taken = jdbc.sql("SELECT id FROM news_photos WHERE article_id = ?").param(id).query(Long.class).list();
        assertThat(taken).as("the broken photo is left out").hasSize(1);
        byte[] served = mvc.perform(get("/news/{id}/photos/{p}", id, taken.getFirst()).with(user(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TestImages.jpegMarkers(served)).doesNotContain(0xFFE1);
        assertThat(TestImages.contains(served, "GPS")).isFalse();
    }

    @Test
    void aWorkshopBecomesADraftToo() throws Exception {
        long delegation = DemoSeeds.delegation(context, "seed-001");
        long hcm = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'").query(Long.class).single();
        CurrentUser host = users.user(hcm, Role.EDITOR, Role.ORGANIZER);
        String location = mvc.perform(post("/news/drafts").with(user(host)).with(csrf()).param("delegation", "" + delegation))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT title FROM news_articles WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Sở Nội vụ Thành phố Hồ Chí Minh tiếp Đoàn nghiên cứu, học tập thực tế tỉnh Tuyên Quang");
        mvc.perform(post("/news/drafts").with(user(stranger)).with(csrf()).param("delegation", "" + delegation))
                .andExpect(status().isNotFound());
    }
}
