package vn.traodoi.place;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;

@IntegrationTest
class PlacePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsUnitsMatchingATextWithoutDiacritics() throws Exception {
        mvc.perform(get("/places").param("q", "thua thien hue").param("at", "09/08/2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tỉnh Thừa Thiên Huế"), containsString("09/08/2022"))));
    }

    @Test
    void exportsTheFilteredListAsCsvThatExcelReadsAsUtf8() throws Exception {
        byte[] csv = mvc.perform(get("/places.csv").param("q", "binh duong").param("set", "old63"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("dia-ban-hanh-chinh.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFdanh_muc,ma,ten,");
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).contains("old63,74,Tỉnh Bình Dương,Tỉnh,,30/06/2025,,Thành phố Hồ Chí Minh,Binh Duong Province,VN-57");
    }

    @Test
    void answersAFragmentToHtmx() throws Exception {
        mvc.perform(get("/places").param("q", "da nang").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("Thành phố Đà Nẵng"),
                        not(containsString("<html")))));
    }

    @Test
    void showsAFriendlyPageForAnUnknownUnit() throws Exception {
        mvc.perform(get("/places/987654"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Không tìm thấy"), not(containsString("Exception")))));
        mvc.perform(get("/places/not-a-number"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
    }

    @Test
    void explainsAnInvalidDateAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(get("/places").param("q", "Huế").param("at", "32/13/2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"at-error\""), containsString("32/13/2022"),
                        containsString("value=\"Huế\""))));
    }
}
