package vn.traodoi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.delegation.Action;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationForm;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.StopForm;

/**
 * Given a delegation between two organizations, when each side takes its step, then the other side's staff find a
 * notice with a link to the record (the one who acted does not), once, by e-mail as each chose; no one sees another's
 * notices.
 */
@IntegrationTest
class NoticesIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DelegationService delegations;

    @Autowired
    AccountService accounts;

    @Autowired
    NoticeMail mail;

    @Autowired
    Notices notices;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    long guestOrg;
    long hostOrg;
    CurrentUser organizer;
    CurrentUser leader;
    CurrentUser hostClerk;
    CurrentUser hostMember;
    String tag;

    @BeforeEach
    void sides() {
        guestOrg = users.organization("Sở Nội vụ thử thông báo");
        hostOrg = users.organization("Văn phòng UBND tiếp đón thử");
        organizer = users.user(guestOrg, Role.ORGANIZER);
        leader = users.user(guestOrg, Role.APPROVER);
        hostClerk = users.user(hostOrg, Role.ORGANIZER);
        hostMember = users.user(hostOrg, Role.MEMBER);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    List<String> texts(CurrentUser who) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/notices").with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        return page.select("#notices .notice-open").eachText().stream().filter(t -> t.contains(tag)).toList();
    }

    @Test
    void eachSideIsToldOfTheOthersStepOnceWithALinkToTheRecord() throws Exception {
        Delegation d = delegations.create(organizer, new DelegationForm(DelegationKind.STUDY, "Đoàn học tập " + tag,
                "Học tập mô hình một cửa", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 4), false, null, 0));
        long unit = jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = 'old63' AND gso_code = '79'")
                .query(Long.class).single();
        d = delegations.addStop(organizer, d.id(), new StopForm(hostOrg, unit, null, null, d.version()));
        long id = d.id();
        d = delegations.transition(organizer, id, Action.SUBMIT, null, d.version());
        Events.settle(jdbc);
        assertThat(texts(leader)).singleElement().asString().contains("chờ duyệt");
        assertThat(texts(organizer)).as("who acted is not told").isEmpty();
        d = delegations.transition(leader, id, Action.APPROVE, null, d.version());
        d = delegations.transition(organizer, id, Action.REQUEST_HOSTS, null, d.version());
        Events.settle(jdbc);
        assertThat(texts(hostClerk)).singleElement().asString().contains("đề nghị cơ quan tiếp đoàn “Đoàn học tập " + tag);
        assertThat(texts(hostMember)).as("a member of the host does not answer requests").isEmpty();

        mvc.perform(post("/delegations/{id}/stops/{stop}/answer", id, d.stops().getFirst().id()).with(user(hostClerk))
                        .with(csrf()).param("answer", "confirm").param("note", "Bố trí phòng họp tầng 3")
                        .param("version", "" + d.version()))
                .andExpect(status().is3xxRedirection());
        Events.settle(jdbc);
        List<String> guest = texts(organizer);
        assertThat(guest).hasSize(2).anyMatch(t -> t.contains("đã được duyệt"))
                .anyMatch(t -> t.contains("xác nhận tiếp đoàn") && t.contains("Bố trí phòng họp tầng 3"));

        Document home = Jsoup.parse(mvc.perform(get("/").with(user(organizer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(Integer.parseInt(home.select("#notice-count").text())).isGreaterThanOrEqualTo(2);
        long confirmed = jdbc.sql("""
                        SELECT id FROM notices WHERE user_id = ? AND message_key = 'hostConfirmed'""")
                .param(organizer.userId()).query(Long.class).single();
        mvc.perform(post("/notices/{id}/open", confirmed).with(user(hostClerk)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notices/{id}/open", confirmed).with(user(organizer)).with(csrf()))
                .andExpect(redirectedUrl("/delegations/" + id + "?tab=programme"));
        assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM notices WHERE id = ?").param(confirmed)
                .query(Boolean.class).single()).isTrue();

        d = delegations.get(organizer, id);
        delegations.addTopic(organizer, id, "Chuyển đổi số trong giải quyết thủ tục hành chính", d.version());
        Events.settle(jdbc);
        assertThat(texts(hostClerk)).as("a change after the request is told to the host")
                .anyMatch(t -> t.contains("thay đổi nội dung làm việc của đoàn “Đoàn học tập " + tag));
        assertThat(texts(organizer)).as("who changed it is not told").noneMatch(t -> t.contains("thay đổi"));
        d = delegations.get(hostClerk, id);
        mvc.perform(post("/delegations/{id}/sessions", id).with(user(hostClerk)).with(csrf())
                        .param("stopId", "" + d.stops().getFirst().id()).param("date", "03/03/2027")
                        .param("partOfDay", "MORNING").param("kind", "WORKING_SESSION")
                        .param("version", "" + d.version()))
                .andExpect(status().is3xxRedirection());
        Events.settle(jdbc);
        assertThat(texts(organizer)).as("a host's change is told to the guest")
                .anyMatch(t -> t.contains("thay đổi lịch trình của đoàn “Đoàn học tập " + tag));

        NoticeRequested again = NoticeRequested.toStaff("test:" + tag, "taskAssigned", "/tasks", Set.of(hostOrg),
                Set.of(Role.ORGANIZER), null, "Văn phòng thử", "Nhiệm vụ " + tag);
        transactions.executeWithoutResult(s -> events.publishEvent(again));
        Events.settle(jdbc);
        transactions.executeWithoutResult(s -> notices.on(again));
        assertThat(texts(hostClerk)).as("a notice delivered again (the registry retrying it) is given once")
                .filteredOn(t -> t.contains("Nhiệm vụ " + tag)).hasSize(1);
    }

    @Test
    void noticesGoByEMailAtOnceOrInAMorningDigestAsEachChose() throws Exception {
        jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params("ngay." + tag + "@snv.example.vn", hostClerk.userId())
                .update();
        CurrentUser digestReader = users.user(hostOrg, Role.APPROVER);
        jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params("sang." + tag + "@snv.example.vn", digestReader.userId())
                .update();
        mvc.perform(post("/account/notices").with(user(digestReader)).with(csrf()).param("mode", "DIGEST"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.noticeEmail(digestReader)).isEqualTo(AccountService.NoticeEmail.DIGEST);
        for (int i = 1; i <= 2; i++) {
            NoticeRequested n = NoticeRequested.toStaff("mail:" + tag + ":" + i, "taskAssigned", "/tasks", Set.of(hostOrg),
                    Set.of(Role.ORGANIZER, Role.APPROVER), null, "Sở Nội vụ thử", "Nhiệm vụ " + i + " " + tag);
            transactions.executeWithoutResult(s -> events.publishEvent(n));
        }
        Events.settle(jdbc);

        mail.sendImmediate();
        mail.sendImmediate();
        assertThat(to("ngay." + tag)).as("each notice once, at once").hasSize(2)
                .allMatch(body -> body.contains("http://localhost:8080/tasks"));
        assertThat(to("sang." + tag)).as("no digest before the morning").isEmpty();
        mail.sendDigests();
        mail.sendDigests();
        List<String> digest = to("sang." + tag);
        assertThat(digest).as("one digest with both").singleElement().asString()
                .contains("Nhiệm vụ 1 " + tag).contains("Nhiệm vụ 2 " + tag);
    }

    private List<String> to(String prefix) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().startsWith(prefix);
            } catch (Exception e) {
                return false;
            }
        }).map(m -> {
            try {
                return ((MimeMessage) m).getContent().toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
