package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.Events;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * Given conclusions of which some lines cannot become tasks as written, when they are decided, then those lines stay
 * listed with their reason for the deciding organization only, until a task is given for each by hand, or the line is
 * given again corrected, or it is set aside with a reason; nothing is dropped, and nothing is seen by another body.
 */
@IntegrationTest
class FollowUpLeftoversIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    FollowUpLeftovers leftovers;

    CurrentUser chair;
    CurrentUser stranger;
    long department;
    String tag;

    @BeforeEach
    void users() {
        long daNang = jdbc.sql("SELECT id FROM organizations WHERE name = 'Ủy ban nhân dân thành phố Đà Nẵng'")
                .query(Long.class).single();
        department = jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Kế hoạch và Đầu tư thành phố Đà Nẵng'")
                .query(Long.class).single();
        chair = users.user(users.organization("Văn phòng thử " + UUID.randomUUID()), Role.ORGANIZER, Role.APPROVER);
        stranger = users.user(daNang, Role.ORGANIZER, Role.APPROVER);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    void decide(String lines) {
        transactions.executeWithoutResult(status -> events.publishEvent(FollowUpRequested.of(chair.userId(), null, null,
                "Kết luận cuộc họp giao ban " + tag, lines, LocalDate.of(2026, 11, 20))));
        Events.settle(jdbc);
    }

    long tasks(String text) {
        return jdbc.sql("SELECT count(*) FROM follow_up_tasks WHERE task = ?").param(text).query(Long.class).single();
    }

    String page(String path, CurrentUser as) throws Exception {
        return mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void linesThatAreNoTasksStayListedWithTheirReasonsForTheDecidingBodyOnly() throws Exception {
        decide("Lập kế hoạch số hóa hồ sơ " + tag + " | Sở Kế hoạch và Đầu tư thành phố Đà Nẵng | 12/2099\n"
                + "- Rà soát thủ tục cấp phép " + tag + " | Ban Điều phối chưa đăng ký | 6/2027\n"
                + "Nghiên cứu mô hình trung tâm điều hành " + tag + "\n"
                + "Tổng kết đợt thi đua " + tag + " | Sở Kế hoạch và Đầu tư thành phố Đà Nẵng | 5/2020 (Trần Văn Ba)");

        assertThat(tasks("Lập kế hoạch số hóa hồ sơ " + tag)).isEqualTo(1);
        List<FollowUpLeftovers.Leftover> open = leftovers.open(chair);
        assertThat(open).extracting(FollowUpLeftovers.Leftover::content).containsExactly(
                "Rà soát thủ tục cấp phép " + tag, "Nghiên cứu mô hình trung tâm điều hành " + tag, "Tổng kết đợt thi đua " + tag);
        assertThat(open).extracting(FollowUpLeftovers.Leftover::reason).containsExactly(
                "task.leftover.unknownOrganization", "task.leftover.noLead", "task.deadline.past");
        assertThat(open.getFirst().reasonArgument()).isEqualTo("Ban Điều phối chưa đăng ký");
        assertThat(open.getLast().taskSource()).isEqualTo("Kết luận cuộc họp giao ban " + tag + " (Trần Văn Ba)");

        Document list = Jsoup.parse(page("/tasks", chair));
        assertThat(list.select("#leftovers .leftover-reason").eachText()).containsExactly(
                "Cơ quan “Ban Điều phối chưa đăng ký” chưa có trong danh mục cơ quan, đơn vị.",
                "Dòng chưa ghi cơ quan chủ trì (cách viết: nội dung | cơ quan chủ trì | thời hạn).",
                "Thời hạn không được trước ngày giao nhiệm vụ.");
        assertThat(Jsoup.parse(page("/", chair)).select("#todo-leftovers").text()).startsWith("3 dòng");

        assertThat(leftovers.open(stranger)).as("another body sees none of them").isEmpty();
        assertThat(Jsoup.parse(page("/tasks", stranger)).select("#leftovers")).isEmpty();
        long first = open.getFirst().id();
        mvc.perform(get("/tasks/new").param("leftover", "" + first).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/leftovers/{id}/dismiss", first).with(user(stranger)).with(csrf())
                .param("version", "0").param("note", "Không liên quan")).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/new").with(user(stranger)).with(csrf()).param("task", "Rà soát")
                        .param("assigneeIds", "" + department).param("deadlineKind", "NONE")
                        .param("leftover", "" + first).param("leftoverVersion", "0"))
                .andExpect(status().isNotFound());
        assertThat(leftovers.open(chair)).hasSize(3);
    }

    @Test
    void aLineIsGivenByHandOrSetAsideWithAReasonOrClosedWhenGivenAgainCorrected() throws Exception {
        decide("Rà soát thủ tục cấp phép " + tag + " | Ban Điều phối chưa đăng ký | 6/2027\n"
                + "Nghiên cứu mô hình trung tâm điều hành " + tag + "\n"
                + "Tổng kết đợt thi đua " + tag + " | Sở Kế hoạch và Đầu tư thành phố Đà Nẵng | 5/2020");
        List<FollowUpLeftovers.Leftover> open = leftovers.open(chair);
        FollowUpLeftovers.Leftover permit = open.get(0);
        FollowUpLeftovers.Leftover model = open.get(1);
        FollowUpLeftovers.Leftover review = open.get(2);

        Document form = Jsoup.parse(page("/tasks/new?leftover=" + permit.id(), chair));
        assertThat(form.select("textarea[name=task]").text()).isEqualTo("Rà soát thủ tục cấp phép " + tag);
        assertThat(form.select("input[name=deadline]").val()).isEqualTo("6/2027");
        assertThat(form.select("#deadlineKind option[selected]").val()).isEqualTo("MONTH");
        assertThat(form.select("#leftover-line").text()).contains("Ban Điều phối chưa đăng ký");

        String location = mvc.perform(post("/tasks/new").with(user(chair)).with(csrf())
                        .param("task", "Rà soát thủ tục cấp phép " + tag).param("assigneeIds", "" + department)
                        .param("deadlineKind", "MONTH").param("deadline", "6/2027").param("source", permit.taskSource())
                        .param("leftover", "" + permit.id()).param("leftoverVersion", "" + permit.version()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long task = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT status || ' ' || task_id FROM follow_up_leftovers WHERE id = ?").param(permit.id())
                .query(String.class).single()).isEqualTo("ASSIGNED " + task);
        mvc.perform(post("/tasks/new").with(user(chair)).with(csrf()).param("task", "Lần nữa " + tag)
                        .param("assigneeIds", "" + department).param("deadlineKind", "NONE")
                        .param("leftover", "" + permit.id()).param("leftoverVersion", "" + (permit.version() + 1)))
                .andExpect(status().isConflict());
        assertThat(tasks("Lần nữa " + tag)).as("a line is given once").isZero();

        mvc.perform(post("/tasks/leftovers/{id}/dismiss", model.id()).with(user(chair)).with(csrf())
                .param("version", "" + model.version()).param("note", " ").param("back", "/tasks"))
                .andExpect(status().is3xxRedirection());
        assertThat(leftovers.get(chair, model.id()).status()).as("no reason, nothing set aside")
                .isEqualTo(FollowUpLeftovers.Status.OPEN);
        mvc.perform(post("/tasks/leftovers/{id}/dismiss", model.id()).with(user(chair)).with(csrf())
                .param("version", "" + (model.version() + 5)).param("note", "Đã có trong kế hoạch năm"))
                .andExpect(status().isConflict());
        mvc.perform(post("/tasks/leftovers/{id}/dismiss", model.id()).with(user(chair)).with(csrf())
                        .param("version", "" + model.version()).param("note", "Đã có trong kế hoạch năm")
                        .param("back", "https://example.com/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks#leftovers"));
        assertThat(leftovers.get(chair, model.id()).closingNote()).isEqualTo("Đã có trong kế hoạch năm");

        decide("Tổng kết đợt thi đua " + tag + " | Sở Kế hoạch và Đầu tư thành phố Đà Nẵng | 12/2026");
        assertThat(leftovers.get(chair, review.id()).status()).as("given again, corrected")
                .isEqualTo(FollowUpLeftovers.Status.ASSIGNED);
        assertThat(leftovers.open(chair)).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE entity_type = 'follow_up_leftover' AND entity_id = ?"
                + " ORDER BY id").param("" + model.id()).query(String.class).list())
                .containsExactly("FOLLOW_UP_LEFTOVER_KEPT", "FOLLOW_UP_LEFTOVER_DISMISSED");
    }
}
