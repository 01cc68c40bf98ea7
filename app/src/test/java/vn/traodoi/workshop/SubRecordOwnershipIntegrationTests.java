package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * A participant, comment, invitation, draft version or section of workshop B named under workshop A of the same holder
 * (so that the organization check does not already hide it) is refused with the 404 page: nothing changes, nothing is
 * audited, B's records are as they were.
 */
@IntegrationTest
class SubRecordOwnershipIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser secretary;
    CurrentUser participant;
    long a;
    long b;

    @BeforeEach
    void twoWorkshopsOfOneHolder() throws Exception {
        long holder = users.organization("Văn phòng UBND có hai hội thảo");
        secretary = users.named(holder, "Trần Thư Ký", Role.ORGANIZER, Role.APPROVER);
        long participantOrg = users.organization("Sở Tư pháp góp ý hai hội thảo");
        participant = users.named(participantOrg, "Nguyễn Văn Góp", Role.ORGANIZER);
        a = workshop("Hội thảo A góp ý Đề án chính quyền đô thị", participantOrg);
        b = workshop("Hội thảo B góp ý Đề án chuyển đổi số", participantOrg);
    }

    /** A workshop with a participant, a first version of its draft, a comment on section II and an invitation. */
    long workshop(String title, long participantOrg) throws Exception {
        String location = mvc.perform(post("/workshops/new").with(user(secretary)).with(csrf()).param("title", title)
                        .param("projectTitle", "Đề án thử nghiệm").param("heldOn", "02/08/2023").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/workshops/{id}/participants", id).with(user(secretary)).with(csrf())
                .param("organizationId", "" + participantOrg)).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/workshops/{id}/drafts", id)
                        .file(new MockMultipartFile("file", "lan-1.docx", "application/octet-stream",
                                SampleDrafts.docx(SampleDrafts.VERSION_1)))
                        .with(user(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workshops/{id}/comments", id).with(user(participant)).with(csrf()).param("draftId", "" + draft(id))
                        .param("sectionId", "" + section(id)).param("content", "Ý kiến về " + title))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workshops/{id}/invitations", id).with(user(secretary)).with(csrf())
                .param("expertName", "PGS.TS Lê Chuyên Gia").param("days", "14")).andExpect(status().is3xxRedirection());
        return id;
    }

    long draft(long workshop) {
        return jdbc.sql("SELECT id FROM workshop_drafts WHERE workshop_id = ? AND number = 1").param(workshop)
                .query(Long.class).single();
    }

    long section(long workshop) {
        return jdbc.sql("SELECT id FROM draft_sections WHERE draft_id = ? AND label = 'II'").param(draft(workshop))
                .query(Long.class).single();
    }

    long one(String table, long workshop) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE workshop_id = ?").param(workshop).query(Long.class).single();
    }

    int version(long comment) {
        return jdbc.sql("SELECT version FROM workshop_comments WHERE id = ?").param(comment).query(Integer.class).single();
    }

    /** Everything of both workshops that these requests could change, and the last audit entry. */
    String state() {
        return jdbc.sql("""
                        SELECT (SELECT max(id) FROM audit_events)
                            || '|' || (SELECT string_agg(id || ':' || version || ':' || status, ',' ORDER BY id)
                                       FROM workshops WHERE id IN (:a, :b))
                            || '|' || (SELECT string_agg(id || ':' || workshop_id, ',' ORDER BY id)
                                       FROM workshop_participants WHERE workshop_id IN (:a, :b))
                            || '|' || (SELECT string_agg(id || ':' || status || ':' || version || ':' || coalesce(response, '-'),
                                                         ',' ORDER BY id)
                                       FROM workshop_comments WHERE workshop_id IN (:a, :b))
                            || '|' || (SELECT string_agg(id || ':' || coalesce(revoked_at::text, 'open'), ',' ORDER BY id)
                                       FROM workshop_invitations WHERE workshop_id IN (:a, :b))
                            || '|' || (SELECT string_agg(id || ':' || number, ',' ORDER BY id)
                                       FROM workshop_drafts WHERE workshop_id IN (:a, :b))""")
                .param("a", a).param("b", b).query(String.class).single();
    }

    void page404(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(request.with(user(secretary)).with(csrf()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Không tìm thấy");
    }

    @Test
    void aParticipantOfAnotherWorkshopIsNotRemoved() throws Exception {
        String before = state();
        page404(post("/workshops/{id}/participants/{p}/delete", a, one("workshop_participants", b)));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aCommentOfAnotherWorkshopIsNotAnsweredNorAnyOfTheOthersWithIt() throws Exception {
        long ours = one("workshop_comments", a);
        long theirs = one("workshop_comments", b);
        String before = state();
        page404(post("/workshops/{id}/responses", a).param("ids", "" + ours, "" + theirs).param("v" + ours, "" + version(ours))
                .param("v" + theirs, "" + version(theirs)).param("kind", "EXPLAINED").param("response", "Đã có quy định"));
        page404(post("/workshops/{id}/responses", a).param("ids", "" + theirs).param("v" + theirs, "" + version(theirs))
                .param("kind", "EXPLAINED").param("response", "Đã có quy định"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aNewVersionDoesNotAbsorbACommentOfAnotherWorkshop() throws Exception {
        String before = state();
        page404(multipart("/workshops/{id}/drafts", a)
                .file(new MockMultipartFile("file", "lan-2.docx", "application/octet-stream",
                        SampleDrafts.docx(SampleDrafts.VERSION_2)))
                .param("absorbs", "" + one("workshop_comments", b)));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anInvitationOfAnotherWorkshopIsNotRevoked() throws Exception {
        String before = state();
        page404(post("/workshops/{id}/invitations/{i}/revoke", a, one("workshop_invitations", b)));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aCommentNamingAVersionOrASectionOfAnotherWorkshopIsNotStored() throws Exception {
        String before = state();
        page404(post("/workshops/{id}/comments", a).param("draftId", "" + draft(b)).param("sectionId", "" + section(b))
                .param("content", "Ý kiến lạc sang hội thảo khác"));
        page404(post("/workshops/{id}/comments", a).param("draftId", "" + draft(a)).param("sectionId", "" + section(b))
                .param("content", "Ý kiến lạc sang hội thảo khác"));
        page404(post("/workshops/{id}/comments", a).param("sectionId", "" + section(b))
                .param("content", "Ý kiến lạc sang hội thảo khác"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aResponseTemplateOfAnotherOrganizationIsNeitherUsedNorDeleted() throws Exception {
        CurrentUser otherSecretary = users.user(users.organization("Cơ quan có mẫu trả lời"), Role.ORGANIZER);
        mvc.perform(post("/workshops/templates").with(user(otherSecretary)).with(csrf()).param("kind", "EXPLAINED")
                .param("text", "Mẫu trả lời của cơ quan khác")).andExpect(status().is3xxRedirection());
        long template = jdbc.sql("SELECT id FROM response_templates WHERE text = 'Mẫu trả lời của cơ quan khác'")
                .query(Long.class).single();
        long ours = one("workshop_comments", a);
        String before = state();
        page404(post("/workshops/templates/{t}/delete", template));
        page404(post("/workshops/{id}/responses", a).param("ids", "" + ours).param("v" + ours, "" + version(ours))
                .param("templateId", "" + template));
        assertThat(state()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM response_templates WHERE id = ?").param(template).query(Long.class)
                .single()).isEqualTo(1);
    }
}
