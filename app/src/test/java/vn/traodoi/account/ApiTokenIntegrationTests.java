package vn.traodoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;

@IntegrationTest
class ApiTokenIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(td_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsShownOnceStoredHashedWorksForTheApiAndStopsWhenRevoked() throws Exception {
        CurrentUser owner = users.user(users.organization("Văn phòng"), Role.ORGANIZER);
        String page = mvc.perform(post("/account/tokens").param("name", "Văn phòng điện tử").with(csrf()).with(user(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the page shows the new token").isTrue();
        String secret = m.group(1);

        assertThat(jdbc.sql("SELECT count(*) FROM api_tokens WHERE token_hash = ?").param(secret).query(Long.class).single())
                .as("the token itself is never stored").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM api_tokens WHERE token_hash = ?").param(ApiTokens.hash(secret))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/account").with(user(owner))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the token is not shown again").doesNotContain(secret);

        mvc.perform(get("/api/v1/places").param("q", "Hải Phòng").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].current.fullName").value("Thành phố Hải Phòng"));

        long id = jdbc.sql("SELECT id FROM api_tokens WHERE token_hash = ?").param(ApiTokens.hash(secret))
                .query(Long.class).single();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(user(owner)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/places").param("q", "Hải Phòng").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE entity_type = 'api_token' AND entity_id = ? ORDER BY id")
                .param(String.valueOf(id)).query(String.class).list())
                .containsExactly("API_TOKEN_CREATED", "API_TOKEN_REVOKED");
    }

    @Test
    void anotherOrganizationsUserCannotRevokeSomeoneElsesToken() throws Exception {
        CurrentUser owner = users.user(users.organization("Sở"), Role.ORGANIZER);
        CurrentUser stranger = users.user(users.organization("Sở khác"), Role.ADMIN);
        long id = jdbc.sql("""
                        INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES (?, 'tích hợp', ?, 'td_abcde')
                        RETURNING id""").params(owner.userId(), "hash-" + owner.username()).query(Long.class).single();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM api_tokens WHERE id = ?").param(id).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void aMadeUpTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer td_made-up-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeedsANameAndKeepsWhatWasTyped() throws Exception {
        CurrentUser owner = users.user(users.organization("Sở"), Role.ORGANIZER);
        String page = mvc.perform(post("/account/tokens").param("name", " ").param("expiresOn", "").with(csrf())
                        .with(user(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("id=\"token-error\"").contains("Vui lòng nhập thông tin này.");
    }
}
