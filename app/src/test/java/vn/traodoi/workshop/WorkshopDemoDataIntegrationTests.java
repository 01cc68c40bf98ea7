package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.IntegrationTest;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskService;

/** Seed 003's workshop, loaded by the demo switch, carries exactly what the article states. */
@IntegrationTest
class WorkshopDemoDataIntegrationTests {

    @Autowired
    WorkshopDemoData demo;

    @Autowired
    Workshops workshops;

    @Autowired
    TaskService tasks;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seed003IsHaiPhongsWorkshopWithTheChairsConclusionsAsTasksAndNothingMadeUp() {
        Long id = transactions.execute(s -> demo.load());
        Long again = transactions.execute(s -> demo.load());
        assertThat(again).as("loaded once").isEqualTo(id);
        Workshop w = workshops.find(id).orElseThrow();
        assertThat(w.ownerName()).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
        assertThat(w.title()).isEqualTo("Hội thảo góp ý Đề án tổ chức chính quyền đô thị thành phố Hải Phòng");
        assertThat(w.heldOn()).isEqualTo(LocalDate.of(2023, 8, 2));
        assertThat(w.partOfDay()).isEqualTo(PartOfDay.AFTERNOON);
        assertThat(w.chair()).startsWith("Lê Anh Quân, Phó Chủ tịch Thường trực UBND thành phố");
        assertThat(w.place()).as("the article names no place").isNull();
        assertThat(w.consultant()).as("the consultant is not named").isNull();
        assertThat(w.nextMeetingOn()).as("the meeting's day is not stated").isNull();
        assertThat(w.nextMeetingNote()).contains("trong tháng 8/2023");
        assertThat(workshops.participants(id)).extracting(Participant::label).containsExactly(
                "Lê Anh Quân, Phó Chủ tịch Thường trực UBND thành phố, Tổ trưởng Tổ giúp việc Ban Chỉ đạo, Ủy ban nhân dân thành phố Hải Phòng",
                "Bùi Đức Quang, Phó Chủ tịch HĐND thành phố, Hội đồng nhân dân thành phố Hải Phòng",
                "Các chuyên gia, nhà nghiên cứu của Trung ương, thành phố");
        assertThat(jdbc.sql("SELECT count(*) FROM workshop_comments WHERE workshop_id = ?").param(id).query(Long.class)
                .single()).as("the article quotes no single comment").isZero();
        List<FollowUpTask> given = tasks.ofWorkshop(id);
        assertThat(given).hasSize(3);
        FollowUpTask meeting = given.getFirst();
        assertThat(meeting.task()).startsWith("Chủ động hoàn thiện báo cáo, đề xuất lịch họp");
        assertThat(meeting.deadlineKind()).isEqualTo(FollowUpTask.DeadlineKind.MONTH);
        assertThat(meeting.deadlineDate()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(meeting.leadIds()).containsExactly(org("Sở Nội vụ thành phố Hải Phòng"));
        assertThat(meeting.supportIds()).containsExactly(org(WorkshopDemoData.SUPPORT));
        assertThat(given.subList(1, 3)).allMatch(t -> t.deadlineKind() == FollowUpTask.DeadlineKind.NONE);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'WORKSHOP_CREATED' AND entity_id = ?")
                .param("" + id).query(Long.class).single()).isEqualTo(1);
    }

    long org(String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE name = ?").param(name).query(Long.class).single();
    }
}
