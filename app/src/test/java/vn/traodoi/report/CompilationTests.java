package vn.traodoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.report.ReportService.MemberReport;
import vn.traodoi.report.ReportService.MemberRow;

/** The first draft of a trip report from the members' reports, every part attributed. */
class CompilationTests {

    static MemberRow member(long id, String name, String learned, String proposals) {
        return new MemberRow(new Delegation.Member(id, (int) id, MemberRole.MEMBER, id, null, null, null), name,
                learned == null ? null : new MemberReport(id * 10, id, 1L, learned, proposals, 0, OffsetDateTime.now()), false);
    }

    @Test
    void givenTwoMembersOnOneTopicWhenCompiledThenEachTopicThenTheGeneralPartThenTheProposalsAreAttributed() {
        List<Delegation.Topic> topics = List.of(new Delegation.Topic(7, 1, "Mô hình một cửa liên thông"),
                new Delegation.Topic(8, 2, "Chuyển đổi số"));
        Map<Long, List<String>> parts = Map.of(7L, List.of("- Trần Văn An: tiếp nhận hồ sơ trực tuyến",
                "- Lê Thị Bình: trả kết quả tại nhà"));
        List<MemberRow> rows = List.of(member(1, "Trần Văn An", "Quy trình rõ ràng", "Nhân rộng | Sở Nội vụ | 6/2027"),
                member(2, "Lê Thị Bình", "Cán bộ tận tình", null), member(3, "Phạm Minh Cường", null, null));

        Compilation.Draft draft = Compilation.of(topics, parts, rows);

        assertThat(draft.results()).isEqualTo("""
                1. Mô hình một cửa liên thông
                - Trần Văn An: tiếp nhận hồ sơ trực tuyến
                - Lê Thị Bình: trả kết quả tại nhà

                Chung:
                - Trần Văn An: Quy trình rõ ràng
                - Lê Thị Bình: Cán bộ tận tình""");
        assertThat(draft.proposals()).isEqualTo("- Nhân rộng | Sở Nội vụ | 6/2027 (Trần Văn An)");
    }

    @Test
    void givenNoReportWhenCompiledThenTheDraftIsEmpty() {
        Compilation.Draft draft = Compilation.of(List.of(new Delegation.Topic(7, 1, "Chuyển đổi số")), Map.of(),
                List.of(member(3, "Phạm Minh Cường", null, null)));

        assertThat(draft.results()).isEmpty();
        assertThat(draft.proposals()).isEmpty();
    }
}
