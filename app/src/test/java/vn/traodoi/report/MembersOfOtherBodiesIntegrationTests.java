package vn.traodoi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Action;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationForm;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.MemberForm;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.StopForm;

/**
 * Given a delegation of one body whose members come from others (a Party board as a group, a named official of a
 * department with an account, a district's representatives without one), when it has taken place, then each member's
 * body sees it and files its report with its own account, the one without an account through a personal link, and a
 * body that takes no part sees nothing.
 */
@IntegrationTest
class MembersOfOtherBodiesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DelegationService delegations;

    CurrentUser organizer;
    CurrentUser board;
    CurrentUser official;
    CurrentUser stranger;
    long boardOrg;
    long districtOrg;
    String tag;

    @BeforeEach
    void bodies() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        organizer = users.user(users.organization("Sở Nội vụ thử thành viên"), Role.ORGANIZER);
        boardOrg = users.organization("Ban Dân vận thử");
        board = users.user(boardOrg, Role.ORGANIZER);
        long departmentOrg = users.organization("Sở Tư pháp thử");
        official = users.named(departmentOrg, "Lý Thị Kiều " + tag, Role.MEMBER);
        districtOrg = users.organization("UBND quận thử");
        stranger = users.user(users.organization("Cơ quan không tham gia"), Role.ORGANIZER, Role.APPROVER);
    }

    String page(String path, CurrentUser as) throws Exception {
        return mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachBodyFilesItsMembersReportsAndOneWithoutAnAccountThroughALink() throws Exception {
        long unit = jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '01'")
                .query(Long.class).single();
        Delegation d = delegations.create(organizer, new DelegationForm(DelegationKind.STUDY, "Đoàn học tập " + tag,
                "Học tập công tác dân vận chính quyền", LocalDate.of(2022, 12, 5), LocalDate.of(2022, 12, 7), false, null, 0));
        d = delegations.addStop(organizer, d.id(), new StopForm(null, unit, null, null, d.version()));
        d = delegations.addMember(organizer, d.id(), new MemberForm(MemberRole.MEMBER, null, null, null,
                "Đại diện lãnh đạo Ban Dân vận thử", boardOrg, d.version()));
        d = delegations.addMember(organizer, d.id(), new MemberForm(MemberRole.MEMBER, null,
                "bà Lý Thị Kiều " + tag + ", Phó Giám đốc Sở Tư pháp", null, null, null, d.version()));
        d = delegations.addMember(organizer, d.id(), new MemberForm(MemberRole.MEMBER, null, null, null,
                "Đại diện các phòng chuyên môn quận thử", districtOrg, d.version()));
        long id = d.id();
        long person = d.members().get(1).personId();
        jdbc.sql("UPDATE users SET person_id = ? WHERE id = ?").params(person, official.userId()).update();

        // A draft is the organizer's alone.
        mvc.perform(get("/delegations/{id}", id).with(user(board))).andExpect(status().isNotFound());
        d = delegations.transition(organizer, id, Action.RECORD_HELD, null, d.version());

        Document boardView = Jsoup.parse(page("/delegations/" + id, board));
        assertThat(boardView.select("#delegation-title, h1").text()).contains("Đoàn học tập " + tag);
        assertThat(boardView.select("#actions form[action*=/actions/]")).as("a member's body takes no step").isEmpty();
        assertThat(Jsoup.parse(page("/", board)).select("#todo-reports").text()).contains("Đoàn học tập " + tag);
        assertThat(Jsoup.parse(page("/", official)).select("#todo-reports").text()).contains("Đoàn học tập " + tag);
        mvc.perform(get("/delegations/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/delegations/{id}/reports", id).with(user(stranger))).andExpect(status().isNotFound());

        long group = d.members().get(0).id();
        long named = d.members().get(1).id();
        long district = d.members().get(2).id();
        mvc.perform(post("/delegations/{id}/reports/members/{m}", id, group).with(user(board)).with(csrf())
                        .param("learned", "Cách chính quyền tiếp xúc, đối thoại với người dân " + tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegations/{id}/reports/members/{m}", id, named).with(user(board)).with(csrf())
                .param("learned", "Không phải của tôi")).andExpect(status().isOk());
        mvc.perform(post("/delegations/{id}/reports/members/{m}", id, named).with(user(official)).with(csrf())
                        .param("learned", "Quy trình tiếp công dân liên thông " + tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegations/{id}/reports/members/{m}", id, group).with(user(stranger)).with(csrf())
                .param("learned", "Xâm nhập")).andExpect(status().isNotFound());

        mvc.perform(post("/delegations/{id}/reports/links", id).with(user(board)).with(csrf())
                        .param("memberId", "" + district).param("holderName", "Trần Văn Quận").param("days", "30"))
                .andExpect(status().isForbidden());
        String link = (String) mvc.perform(post("/delegations/{id}/reports/links", id).with(user(organizer)).with(csrf())
                        .param("memberId", "" + district).param("holderName", "Trần Văn Quận").param("days", "30"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("newLink");
        assertThat(link).contains("/bao-cao/bc_");
        String path = link.substring(link.indexOf("/bao-cao/"));
        Document form = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.getElementById("link-member").text()).isEqualTo("Thành viên: Đại diện các phòng chuyên môn quận thử");
        mvc.perform(post(path).with(csrf()).param("learned", " ")).andExpect(status().isBadRequest());
        mvc.perform(post(path).with(csrf()).param("learned", "Mô hình dân vận khéo ở khu phố " + tag))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT (author_id IS NULL) || ' ' || (link_id IS NOT NULL) FROM member_reports WHERE member_id = ?")
                .param(district).query(String.class).single()).isEqualTo("true true");
        assertThat(jdbc.sql("SELECT actor_username FROM audit_events WHERE action = 'MEMBER_REPORT_FILED' AND summary LIKE ?")
                .param("Mô hình dân vận khéo%" + tag + "%").query(String.class).single()).isEqualTo("link:Trần Văn Quận");

        Document reports = Jsoup.parse(page("/delegations/" + id + "/reports", organizer));
        assertThat(reports.select("#member-reports .missing-report")).as("every member reported").isEmpty();
        long linkId = jdbc.sql("SELECT id FROM member_report_links WHERE member_id = ?").param(district)
                .query(Long.class).single();
        mvc.perform(post("/delegations/{id}/reports/links/{l}/revoke", id, linkId).with(user(organizer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(Jsoup.parse(mvc.perform(get(path)).andExpect(status().isGone()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).getElementById("link-unusable").text()).contains("thu hồi");
        mvc.perform(get("/bao-cao/bc_khong-co-that")).andExpect(status().isNotFound());

        mvc.perform(post("/delegations/{id}/reports/compile", id).with(user(organizer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/delegations/" + id + "/reports", organizer))
                .contains("Cách chính quyền tiếp xúc, đối thoại với người dân " + tag)
                .contains("Quy trình tiếp công dân liên thông " + tag).contains("Mô hình dân vận khéo ở khu phố " + tag);
    }

    @Test
    void aGroupLineIsNamedPersonByPersonAndAMemberWithAReportIsNeverDropped() throws Exception {
        Delegation d = delegations.create(organizer, new DelegationForm(DelegationKind.STUDY, "Đoàn khảo sát " + tag,
                "Khảo sát mô hình", LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 6), false, 5, 0));
        d = delegations.addMember(organizer, d.id(), new MemberForm(MemberRole.MEMBER, null, null, null,
                "Đại diện lãnh đạo Ban Dân vận thử", boardOrg, d.version()));
        long id = d.id();
        long group = d.members().getFirst().id();

        var refused = mvc.perform(post("/delegations/{id}/members/{m}/names", id, group).with(user(organizer)).with(csrf())
                        .param("names", "ông Phạm Văn Dân " + tag + ", Phó Trưởng Ban Dân vận\n, Trưởng phòng chưa rõ tên")
                        .param("version", "" + d.version()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(refused.get("groupError")).isEqualTo("member.group.unreadable");
        assertThat((Object[]) refused.get("groupErrorArguments")).containsExactly(2);
        assertThat(refused.get("groupTyped")).as("what was typed comes back").asString().contains("Trưởng phòng chưa rõ tên");
        assertThat(delegations.get(organizer, id).members()).hasSize(1);

        mvc.perform(post("/delegations/{id}/members/{m}/names", id, group).with(user(organizer)).with(csrf())
                        .param("names", "ông Phạm Văn Dân " + tag + ", Phó Trưởng Ban Dân vận\n"
                                + "bà Đỗ Thị Vận " + tag + ", Trưởng phòng Ban Dân vận")
                        .param("replace", "true").param("version", "" + d.version()))
                .andExpect(status().is3xxRedirection());
        Delegation named = delegations.get(organizer, id);
        assertThat(named.members()).hasSize(2).allMatch(m -> m.personId() != null && m.organizationId() == boardOrg);
        assertThat(named.members()).extracting(Delegation.Member::titleText)
                .containsExactly("Phó Trưởng Ban Dân vận", "Trưởng phòng Ban Dân vận");
        mvc.perform(post("/delegations/{id}/members/{m}/names", id, named.members().getFirst().id()).with(user(stranger))
                .with(csrf()).param("names", "x, y").param("version", "" + named.version())).andExpect(status().isNotFound());

        long member = named.members().getFirst().id();
        jdbc.sql("UPDATE delegations SET status = 'COMPLETED' WHERE id = ?").param(id).update();
        jdbc.sql("INSERT INTO member_reports (delegation_id, member_id, author_id, learned) VALUES (?, ?, ?, 'Đã học')")
                .params(id, member, organizer.userId()).update();
        var kept = mvc.perform(post("/delegations/{id}/members/{m}/delete", id, member).with(user(organizer)).with(csrf())
                .param("version", "" + delegations.get(organizer, id).version())).andReturn().getFlashMap();
        assertThat(kept.get("error")).isEqualTo("member.reported");
        assertThat(delegations.get(organizer, id).members()).hasSize(2);
    }

    @Test
    void anAccountTheDirectoryNamesOtherwiseIsConfirmedAsTheMemberByTheOrganizer() throws Exception {
        Delegation d = delegations.create(organizer, new DelegationForm(DelegationKind.STUDY, "Đoàn trao đổi " + tag,
                "Trao đổi kinh nghiệm", LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 6), false, null, 0));
        d = delegations.addMember(organizer, d.id(), new MemberForm(MemberRole.MEMBER, null,
                "bà Lý Thị Kiều " + tag + ", Phó Trưởng Ban Dân vận", null, null, boardOrg, d.version()));
        long id = d.id();
        long person = d.members().getFirst().personId();
        CurrentUser kieu = users.named(boardOrg, "Lý Kiều " + tag, Role.MEMBER);

        Document me = Jsoup.parse(page("/account/person", kieu));
        assertThat(me.select("#likely .likely-person").text()).contains("Lý Thị Kiều " + tag);
        // Only a person the account may be.
        mvc.perform(post("/account/person/claims").with(user(stranger)).with(csrf()).param("personId", "" + person))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/person/claims").with(user(kieu)).with(csrf()).param("personId", "" + person))
                .andExpect(status().is3xxRedirection());
        assertThat(Jsoup.parse(page("/account/person", kieu)).select("#likely .claim-status").text()).isEqualTo("Chờ xác nhận");

        Document members = Jsoup.parse(page("/delegations/" + id + "?tab=members", organizer));
        assertThat(members.select(".person-claim").text()).contains("Lý Kiều " + tag).contains("đề nghị xác nhận");
        long claim = jdbc.sql("SELECT id FROM person_claims WHERE user_id = ?").param(kieu.userId()).query(Long.class).single();
        long member = d.members().getFirst().id();
        mvc.perform(post("/delegations/{id}/members/{m}/claims/{c}", id, member, claim).with(user(stranger)).with(csrf())
                .param("decision", "confirm")).andExpect(status().isNotFound());
        mvc.perform(post("/delegations/{id}/members/{m}/claims/{c}", id, member, claim).with(user(board)).with(csrf())
                .param("decision", "confirm")).andExpect(status().isNotFound());
        mvc.perform(post("/delegations/{id}/members/{m}/claims/{c}", id, member, claim).with(user(organizer)).with(csrf())
                .param("decision", "confirm")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT person_id FROM users WHERE id = ?").param(kieu.userId()).query(Long.class).single())
                .isEqualTo(person);
        mvc.perform(post("/delegations/{id}/members/{m}/claims/{c}", id, member, claim).with(user(organizer)).with(csrf())
                .param("decision", "refuse")).andExpect(status().isConflict());
    }
}
