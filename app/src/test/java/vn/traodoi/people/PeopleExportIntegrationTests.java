package vn.traodoi.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** The directory's search, as on the page, downloads as CSV and Excel with each person's positions. */
@IntegrationTest
class PeopleExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSearchDownloadsWithItsPositions() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CurrentUser me = users.user(users.organization("Văn phòng thử danh bạ"), Role.ORGANIZER);
        long person = jdbc.sql("INSERT INTO persons (full_name) VALUES (?) RETURNING id").param("Hoàng Văn Xuất " + tag)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO positions (person_id, title) VALUES (?, 'Phó Giám đốc Sở Tư pháp')").param(person).update();

        String csv = mvc.perform(get("/people/export.csv").param("q", "hoang van xuat " + tag).with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("Hoàng Văn Xuất " + tag).contains("Phó Giám đốc Sở Tư pháp");
        byte[] xlsx = mvc.perform(get("/people/export.xlsx").param("q", "Hoàng Văn Xuất " + tag).with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo((double) person);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Hoàng Văn Xuất " + tag);
            assertThat(row.getCell(4).getStringCellValue()).contains("Phó Giám đốc Sở Tư pháp");
        }
        mvc.perform(get("/people/export.csv")).andExpect(status().is3xxRedirection());
    }
}
