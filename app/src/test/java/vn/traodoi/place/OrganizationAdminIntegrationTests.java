package vn.traodoi.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.web.util.HtmlUtils;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

@IntegrationTest
class OrganizationAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = ?").param(code)
                .query(Long.class).single();
    }

    @Nested
    class Pages {

        @Test
        void anAdministratorCreatesAnOrganizationAndTheChangeIsAudited() throws Exception {
            String location = mvc.perform(post("/admin/organizations/new").with(csrf()).with(user(users.admin()))
                            .param("name", "Sở Nội vụ tỉnh Quảng Ninh").param("kind", "SO")
                            .param("unitId", String.valueOf(unit("22"))).param("validFrom", "01/01/2008")
                            .param("version", "0"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            assertThat(jdbc.sql("SELECT valid_from::text FROM organizations WHERE id = ?").param(id).query(String.class)
                    .single()).isEqualTo("2008-01-01");
            assertThat(jdbc.sql("""
                            SELECT after_state ->> 'name' FROM audit_events
                            WHERE action = 'ORGANIZATION_CREATED' AND entity_id = ? AND actor_username = 'admin'""")
                    .param(String.valueOf(id)).query(String.class).single()).isEqualTo("Sở Nội vụ tỉnh Quảng Ninh");
            String page = mvc.perform(get(location).with(user(users.admin()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(HtmlUtils.htmlUnescape(page)).contains("value=\"01/01/2008\"");
        }

        @Test
        void aDuplicateNameIsShownBesideTheFieldAndNothingTypedIsLost() throws Exception {
            String page = mvc.perform(post("/admin/organizations/new").with(csrf()).with(user(users.admin()))
                            .param("name", "Sở Nội vụ Thành phố Hồ Chí Minh").param("shortName", "SNV mới")
                            .param("kind", "SO").param("unitId", String.valueOf(unit("79")))
                            .param("note", "ghi chú của tôi").param("version", "0"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(HtmlUtils.htmlUnescape(page)).contains("id=\"name-error\"").contains("Đã có cơ quan, đơn vị cùng tên trên địa bàn này.")
                    .contains("value=\"SNV mới\"").contains("ghi chú của tôi");
        }

        @Test
        void aDateInTheWrongFormGetsAClearMessage() throws Exception {
            String page = mvc.perform(post("/admin/organizations/new").with(csrf()).with(user(users.admin()))
                            .param("name", "Sở Tư pháp tỉnh Bắc Ninh").param("kind", "SO").param("validFrom", "2008-13-45")
                            .param("version", "0"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(HtmlUtils.htmlUnescape(page)).contains("id=\"validFrom-error\"").contains("Ngày phải có dạng dd/mm/yyyy")
                    .contains("value=\"2008-13-45\"");
        }

        @Test
        void aStaleFormIsRefusedWithTheTypedValuesKept() throws Exception {
            long id = jdbc.sql("INSERT INTO organizations (name, kind) VALUES ('Ban Tổ chức thử nghiệm', 'BAN') RETURNING id")
                    .query(Long.class).single();
            jdbc.sql("UPDATE organizations SET version = version + 1 WHERE id = ?").param(id).update();
            String page = mvc.perform(post("/admin/organizations/{id}", id).with(csrf()).with(user(users.admin()))
                            .param("name", "Ban Tổ chức đổi tên").param("kind", "BAN").param("version", "0"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(HtmlUtils.htmlUnescape(page)).contains("id=\"form-errors\"").contains("vừa được người khác cập nhật")
                    .contains("value=\"Ban Tổ chức đổi tên\"");
            assertThat(jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(id).query(String.class).single())
                    .isEqualTo("Ban Tổ chức thử nghiệm");
        }

        @Test
        void aParentLoopIsRefused() throws Exception {
            long parent = jdbc.sql("INSERT INTO organizations (name, kind) VALUES ('Cấp trên thử', 'UBND') RETURNING id")
                    .query(Long.class).single();
            long child = jdbc.sql("INSERT INTO organizations (name, kind, parent_id) VALUES ('Cấp dưới thử', 'SO', ?) RETURNING id")
                    .param(parent).query(Long.class).single();
            String page = mvc.perform(post("/admin/organizations/{id}", parent).with(csrf()).with(user(users.admin()))
                            .param("name", "Cấp trên thử").param("kind", "UBND").param("parentId", String.valueOf(child))
                            .param("version", "0"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(HtmlUtils.htmlUnescape(page)).contains("id=\"parentId-error\"");
        }

        @Test
        void listsOrganizationsFoundWithoutDiacritics() throws Exception {
            String page = mvc.perform(get("/admin/organizations").param("q", "so noi vu tuyen quang").with(user(users.admin())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(HtmlUtils.htmlUnescape(page)).contains("Sở Nội vụ tỉnh Tuyên Quang").doesNotContain("Sở Nội vụ Thành phố Hồ Chí Minh");
        }

        @Test
        void exportsTheFilteredOrganizationsAsCsv() throws Exception {
            String csv = mvc.perform(get("/admin/organizations/export.csv").param("q", "ban phap che")
                            .with(user(users.admin())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv.split("\r\n")).hasSize(2);
            assertThat(csv).contains("Ban Pháp chế Hội đồng nhân dân Thành phố Hồ Chí Minh,,Ban,"
                    + "Hội đồng nhân dân Thành phố Hồ Chí Minh,Thành phố Hồ Chí Minh (63)");
        }

        @Test
        void onlyAdministratorsReachTheAdministrationPages() throws Exception {
            CurrentUser organizer = users.user(users.organization("Sở"), Role.ORGANIZER, Role.APPROVER);
            for (String path : new String[] {"/admin/organizations", "/admin/organizations/new", "/admin/organizations/export.csv", "/admin/users",
                    "/admin/audit"}) {
                mvc.perform(get(path).with(user(organizer))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/organizations/new").with(csrf()).with(user(organizer))
                    .param("name", "Không được tạo").param("kind", "SO")).andExpect(status().isForbidden());
            assertThat(jdbc.sql("SELECT count(*) FROM organizations WHERE name = 'Không được tạo'").query(Long.class)
                    .single()).isZero();
        }

        @Test
        void anUnknownOrganizationIsNotFound() throws Exception {
            mvc.perform(get("/admin/organizations/999999").with(user(users.admin()))).andExpect(status().isNotFound());
        }
    }

    @Nested
    class Api {

        @Test
        void anyUserReadsOrganizationsButOnlyAdministratorsChangeThem() throws Exception {
            CurrentUser member = users.user(users.organization("Sở"), Role.MEMBER);
            mvc.perform(get("/api/v1/organizations").param("q", "uy ban nhan dan tinh binh duong").with(user(member)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].validTo").value("2025-06-30"));
            mvc.perform(post("/api/v1/organizations").with(user(member)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\",\"kind\":\"SO\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        }

        @Test
        void listsEachInvalidFieldInTheProblem() throws Exception {
            mvc.perform(post("/api/v1/organizations").with(user(users.admin())).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/validation"))
                    .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Vui lòng nhập thông tin này."))
                    .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists());
        }

        @Test
        void aStaleVersionGetsConflictAndTheStoredRecordStays() throws Exception {
            String body = mvc.perform(post("/api/v1/organizations").with(user(users.admin())).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Vụ Tổ chức cán bộ thử\",\"kind\":\"VU\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
            mvc.perform(put("/api/v1/organizations/{id}", id).with(user(users.admin())).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Vụ Tổ chức cán bộ\",\"kind\":\"VU\",\"version\":0}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
            mvc.perform(put("/api/v1/organizations/{id}", id).with(user(users.admin())).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Ghi đè mất\",\"kind\":\"VU\",\"version\":0}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value("/problems/conflict"));
            assertThat(jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(id).query(String.class).single())
                    .isEqualTo("Vụ Tổ chức cán bộ");
            assertThat(jdbc.sql("""
                            SELECT before_state ->> 'name' || ' → ' || (after_state ->> 'name') FROM audit_events
                            WHERE action = 'ORGANIZATION_UPDATED' AND entity_id = ?""")
                    .param(String.valueOf(id)).query(String.class).single())
                    .isEqualTo("Vụ Tổ chức cán bộ thử → Vụ Tổ chức cán bộ");
        }

        @Test
        void anUnknownOrganizationIsAProblem404() throws Exception {
            mvc.perform(get("/api/v1/organizations/999999").with(user(users.admin())))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("/problems/not-found"));
        }
    }
}
