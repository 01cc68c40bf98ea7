package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;

/**
 * The application's static files live under /static/** (the webjars under /webjars/**) and nowhere else, so that a
 * page's links are not looked up as files (issue 17): the pages link there, the files are served to anyone there, and
 * the old root paths are no files.
 */
@IntegrationTest
class StaticFilesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theStylesheetsAreServedUnderStaticAndLinkedThere() throws Exception {
        mvc.perform(get("/static/css/traodoi.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/static/css/print.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/css/traodoi.css")).andReturn().getResponse().getStatus()).as("not a file any more")
                .isNotEqualTo(200);
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(login).contains("href=\"/static/css/traodoi.css\"").doesNotContain("href=\"/css/");
    }
}
