package vn.traodoi.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * A part of delegation B named under delegation A of the same organization (so that the organization check does not
 * already hide it) is refused with 404, on the API (problem+json) and on the pages: A's version does not move, nothing
 * is audited, and B's part is still there.
 */
@IntegrationTest
class SubRecordOwnershipIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser organizer;
    CurrentUser host;
    long hostOrganization;
    long a;
    long b;

    @BeforeEach
    void twoDelegationsOfOneOrganization() throws Exception {
        long guestOrg = users.organization("Sở Nội vụ có hai đoàn");
        hostOrganization = jdbc.sql("INSERT INTO organizations (name, kind, unit_id) VALUES (?, 'SO', "
                        + "(SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '79')) RETURNING id")
                .param("Sở tiếp cả hai đoàn " + System.nanoTime()).query(Long.class).single();
        organizer = users.user(guestOrg, Role.ORGANIZER);
        host = users.user(hostOrganization, Role.ORGANIZER);
        a = delegationWithEveryPart("Đoàn A học tập mô hình một cửa");
        b = delegationWithEveryPart("Đoàn B khảo sát chuyển đổi số");
    }

    ResultActions call(MockHttpServletRequestBuilder request, CurrentUser as, String json) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A delegation with a member, a document, a topic, a stop with one session, and a photo of that session. */
    long delegationWithEveryPart(String title) throws Exception {
        String body = call(post("/api/v1/delegations"), organizer, """
                {"kind":"STUDY","title":"%s","startDate":"2022-07-21","endDate":"2022-07-22"}""".formatted(title))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call(post("/api/v1/delegations/{id}/members", id), organizer,
                "{\"role\":\"MEMBER\",\"group\":\"Lãnh đạo các phòng\",\"version\":%d}".formatted(version(id)))
                .andExpect(status().isOk());
        call(post("/api/v1/delegations/{id}/documents", id), organizer,
                "{\"type\":\"KE_HOACH\",\"numberSymbol\":\"12/KH-SNV\",\"version\":%d}".formatted(version(id)))
                .andExpect(status().isOk());
        call(post("/api/v1/delegations/{id}/topics", id), organizer,
                "{\"content\":\"Mô hình Trung tâm Phục vụ hành chính công\",\"version\":%d}".formatted(version(id)))
                .andExpect(status().isOk());
        call(post("/api/v1/delegations/{id}/stops", id), organizer, """
                {"hostOrganizationId":%d,"startDate":"2022-07-21","endDate":"2022-07-22","version":%d}"""
                .formatted(hostOrganization, version(id))).andExpect(status().isOk());
        call(post("/api/v1/delegations/{id}/sessions", id), organizer,
                "{\"stopId\":%d,\"date\":\"2022-07-21\",\"kind\":\"WORKING_SESSION\",\"version\":%d}"
                        .formatted(stop(id), version(id))).andExpect(status().isOk());
        mvc.perform(multipart("/delegations/{id}/sessions/{s}/photos", id, session(id))
                        .file(new MockMultipartFile("photo", "anh.png", "image/png", png())).param("caption", "Quang cảnh")
                        .param("version", "" + version(id)).with(user(organizer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("session_photos", "session_id", session(id))).as("the photo of " + title).isEqualTo(1);
        return id;
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM delegations WHERE id = ?").param(id).query(Integer.class).single();
    }

    long one(String table, long delegation) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE delegation_id = ?").param(delegation).query(Long.class).single();
    }

    long stop(long delegation) {
        return one("delegation_stops", delegation);
    }

    long session(long delegation) {
        return jdbc.sql("SELECT id FROM delegation_sessions WHERE stop_id = ?").param(stop(delegation)).query(Long.class)
                .single();
    }

    long photo(long delegation) {
        return jdbc.sql("SELECT id FROM session_photos WHERE session_id = ?").param(session(delegation)).query(Long.class)
                .single();
    }

    long count(String table, String column, long value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?").param(value).query(Long.class).single();
    }

    /** Both delegations as they are: versions, audit entries, transitions, and every part of B. */
    record State(int versionA, int versionB, long audits, long transitions, String partsOfB) {
    }

    State state() {
        return new State(version(a), version(b),
                jdbc.sql("SELECT count(*) FROM audit_events WHERE entity_type = 'delegation' AND entity_id IN (?, ?)")
                        .params("" + a, "" + b).query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM delegation_transitions WHERE delegation_id IN (?, ?)").params(a, b)
                        .query(Long.class).single(),
                jdbc.sql("""
                                SELECT (SELECT string_agg(id || ':' || role, ',') FROM delegation_members WHERE delegation_id = :b)
                                    || '|' || (SELECT string_agg(id || ':' || number_symbol, ',') FROM delegation_documents WHERE delegation_id = :b)
                                    || '|' || (SELECT string_agg(id || ':' || content, ',') FROM delegation_topics WHERE delegation_id = :b)
                                    || '|' || (SELECT string_agg(t.id || ':' || t.host_status || ':' || t.start_date || ':' || t.version
                                                   || ':' || (SELECT count(*) FROM delegation_sessions s WHERE s.stop_id = t.id), ',')
                                               FROM delegation_stops t WHERE t.delegation_id = :b)
                                    || '|' || (SELECT string_agg(p.id::text, ',') FROM session_photos p
                                               JOIN delegation_sessions s ON s.id = p.session_id
                                               JOIN delegation_stops t ON t.id = s.stop_id WHERE t.delegation_id = :b)""")
                        .param("b", b).query(String.class).single());
    }

    /** The API's 404: problem+json. */
    static void problem404(ResultActions result) throws Exception {
        result.andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    /** The app's 404 page. */
    void page404(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(request.with(user(organizer)).with(csrf()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Không tìm thấy");
    }

    @Test
    void theApiRefusesToRemoveAMemberOfAnotherDelegation() throws Exception {
        State before = state();
        long memberOfB = one("delegation_members", b);
        problem404(mvc.perform(delete("/api/v1/delegations/{id}/members/{m}", a, memberOfB)
                .param("version", "" + version(a)).with(user(organizer)).with(csrf())));
        assertThat(state()).isEqualTo(before);

        // The same call with A's own member does remove it: the refusal above is about whose member it is.
        mvc.perform(delete("/api/v1/delegations/{id}/members/{m}", a, one("delegation_members", a))
                        .param("version", "" + version(a)).with(user(organizer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members").isEmpty());
        assertThat(version(a)).isEqualTo(before.versionA() + 1);
    }

    @Test
    void theApiRefusesToRemoveASessionOfAStopOfAnotherDelegation() throws Exception {
        State before = state();
        problem404(mvc.perform(delete("/api/v1/delegations/{id}/sessions/{s}", a, session(b))
                .param("version", "" + version(a)).with(user(organizer)).with(csrf())));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theApiRefusesASessionOnAStopOfAnotherDelegation() throws Exception {
        State before = state();
        problem404(call(post("/api/v1/delegations/{id}/sessions", a), organizer,
                "{\"stopId\":%d,\"date\":\"2022-07-22\",\"kind\":\"FIELD_VISIT\",\"version\":%d}".formatted(stop(b), version(a))));
        assertThat(state()).isEqualTo(before);
        assertThat(count("delegation_sessions", "stop_id", stop(a))).isEqualTo(1);
    }

    @Test
    void thePagesRefuseToRemoveAMemberADocumentATopicOrASessionOfAnotherDelegation() throws Exception {
        State before = state();
        page404(post("/delegations/{id}/members/{m}/delete", a, one("delegation_members", b)).param("version", "" + version(a)));
        page404(post("/delegations/{id}/documents/{d}/delete", a, one("delegation_documents", b))
                .param("version", "" + version(a)));
        page404(post("/delegations/{id}/topics/{t}/delete", a, one("delegation_topics", b)).param("version", "" + version(a)));
        page404(post("/delegations/{id}/sessions/{s}/delete", a, session(b)).param("version", "" + version(a)));
        page404(post("/delegations/{id}/sessions", a).param("stopId", "" + stop(b)).param("kind", "WORKING_SESSION")
                .param("version", "" + version(a)));
        assertThat(state()).isEqualTo(before);
        assertThat(count("delegation_members", "delegation_id", a)).isEqualTo(1);
        assertThat(count("delegation_documents", "delegation_id", a)).isEqualTo(1);
        assertThat(count("delegation_topics", "delegation_id", a)).isEqualTo(1);
    }

    @Test
    void aPhotoIsNeitherAddedToNorServedFromASessionOfAnotherDelegation() throws Exception {
        State before = state();
        page404(multipart("/delegations/{id}/sessions/{s}/photos", a, session(b))
                .file(new MockMultipartFile("photo", "lac-cho.png", "image/png", png())).param("version", "" + version(a)));
        mvc.perform(get("/delegations/{id}/photos/{p}", a, photo(b)).with(user(organizer))).andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before);
        assertThat(count("session_photos", "session_id", session(a))).isEqualTo(1);
    }

    @Test
    void theHostCannotAnswerForTheStopOfAnotherDelegationThroughThisOne() throws Exception {
        jdbc.sql("UPDATE delegations SET status = 'HOST_REQUESTED', host_requested_at = now() WHERE id IN (?, ?)")
                .params(a, b).update();
        State before = state();
        problem404(call(post("/api/v1/delegations/{id}/stops/{s}/answer", a, stop(b)), host,
                "{\"confirm\":true,\"note\":\"Sẵn sàng đón đoàn\",\"version\":%d}".formatted(version(a))));
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/delegations/{id}/stops/{s}/answer", a, stop(b))
                        .param("answer", "propose").param("proposedStart", "28/07/2022").param("proposedEnd", "29/07/2022")
                        .param("note", "Lãnh đạo bận").param("version", "" + version(a)).with(user(host)).with(csrf()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Không tìm thấy");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theOrganizerCannotAcceptTheProposalOfAStopOfAnotherDelegationThroughThisOne() throws Exception {
        jdbc.sql("UPDATE delegations SET status = 'HOST_REQUESTED', host_requested_at = now() WHERE id IN (?, ?)")
                .params(a, b).update();
        jdbc.sql("""
                UPDATE delegation_stops SET host_status = 'PROPOSED', proposed_start = DATE '2022-07-21',
                    proposed_end = DATE '2022-07-21' WHERE delegation_id IN (?, ?)""").params(a, b).update();
        State before = state();
        problem404(mvc.perform(post("/api/v1/delegations/{id}/stops/{s}/accept", a, stop(b))
                .param("version", "" + version(a)).with(user(organizer)).with(csrf())));
        page404(post("/delegations/{id}/stops/{s}/accept", a, stop(b)).param("version", "" + version(a)));
        assertThat(state()).isEqualTo(before);
    }
}
