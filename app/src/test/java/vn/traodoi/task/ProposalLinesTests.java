package vn.traodoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalLinesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '‖', nullValues = "∅", textBlock = """
            # written                                                                               ‖ content                                  ‖ lead                           ‖ supporting                   ‖ deadline  ‖ proposed by
            Xây dựng cổng dịch vụ công một cửa | Sở Nội vụ | 31/03/2027                             ‖ Xây dựng cổng dịch vụ công một cửa       ‖ Sở Nội vụ                      ‖                              ‖ 31/03/2027 ‖ ∅
            - Tập huấn chuyển đổi số cho cán bộ xã | Sở Thông tin và Truyền thông | 12/2027         ‖ Tập huấn chuyển đổi số cho cán bộ xã     ‖ Sở Thông tin và Truyền thông   ‖                              ‖ 12/2027   ‖ ∅
            2) Số hóa hồ sơ hộ tịch | Sở Tư pháp | Công an tỉnh; Sở Nội vụ | 2026-2030               ‖ Số hóa hồ sơ hộ tịch                     ‖ Sở Tư pháp                     ‖ Công an tỉnh/Sở Nội vụ         ‖ 2026-2030 ‖ ∅
            Khảo sát mô hình trung tâm hành chính công | Văn phòng UBND tỉnh                         ‖ Khảo sát mô hình trung tâm hành chính công ‖ Văn phòng UBND tỉnh          ‖                              ‖           ‖ ∅
            Rà soát thủ tục đất đai | Sở Tài nguyên và Môi trường | 12/2027 (Lê Thị Hồng Nhung)     ‖ Rà soát thủ tục đất đai                  ‖ Sở Tài nguyên và Môi trường    ‖                              ‖ 12/2027   ‖ Lê Thị Hồng Nhung
            Lập tổ công tác liên ngành | Sở Nội vụ | Sở Tư pháp | 6/2027 (Người dùng mẫu Tổ chức)    ‖ Lập tổ công tác liên ngành               ‖ Sở Nội vụ                      ‖ Sở Tư pháp                   ‖ 6/2027    ‖ Người dùng mẫu Tổ chức
            Mở lớp bồi dưỡng kỹ năng tiếp dân | Sở Nội vụ | (Phạm Quốc Bảo)                          ‖ Mở lớp bồi dưỡng kỹ năng tiếp dân        ‖ Sở Nội vụ                      ‖                              ‖           ‖ Phạm Quốc Bảo
            Nghiên cứu mô hình (thí điểm) ở cấp xã | Sở Nội vụ | 2027                                ‖ Nghiên cứu mô hình (thí điểm) ở cấp xã   ‖ Sở Nội vụ                      ‖                              ‖ 2027      ‖ ∅
            Học tập cách làm của Đà Nẵng (Trần Minh Khoa)                                            ‖ Học tập cách làm của Đà Nẵng (Trần Minh Khoa) ‖ ∅                       ‖                              ‖           ‖ ∅
            """)
    void aLineGivesTheTaskItsLeadSupportDeadlineAndProposer(String written, String content, String lead,
            String supporting, String deadline, String proposedBy) {
        // given a line as the approver sees it in the trip report
        // when it is read
        ProposalLines.Line line = ProposalLines.read(written).getFirst();
        // then each column is where the task needs it, and the proposer is not part of the deadline
        assertThat(line.content()).isEqualTo(content);
        assertThat(line.lead()).isEqualTo(lead);
        assertThat(line.supporting()).isEqualTo(supporting == null ? List.of() : List.of(supporting.split("/")));
        assertThat(line.deadline()).isEqualTo(deadline == null ? "" : deadline);
        assertThat(line.proposedBy()).isEqualTo(proposedBy);
        assertThat(line.readable()).isEqualTo(lead != null);
    }

    @Test
    void aCompiledReportGivesATaskForEveryLineOfEveryMember() {
        // given two members' proposals as the compiled trip report writes them, the name after each member's last line
        String compiled = """
                - Số hóa hồ sơ hộ tịch | Sở Tư pháp | 12/2027
                Tập huấn chuyển đổi số cho cán bộ xã | Sở Thông tin và Truyền thông | 12/2027 (Lê Thị Hồng Nhung)

                - Rà soát thủ tục đất đai | Sở Tài nguyên và Môi trường | 6/2027
                Lập tổ công tác liên ngành | Sở Nội vụ | 2026-2030 (Phạm Quốc Bảo)
                """;
        // when the proposals are read
        List<ProposalLines.Line> lines = ProposalLines.read(compiled);
        // then there are four lines, each with a deadline a task can take
        assertThat(lines).extracting(ProposalLines.Line::deadline).containsExactly("12/2027", "12/2027", "6/2027", "2026-2030");
        assertThat(lines).extracting(ProposalLines.Line::proposedBy)
                .containsExactly(null, "Lê Thị Hồng Nhung", null, "Phạm Quốc Bảo");
        assertThat(lines).extracting(l -> Deadlines.kindOf(l.deadline()))
                .containsExactly(FollowUpTask.DeadlineKind.MONTH, FollowUpTask.DeadlineKind.MONTH,
                        FollowUpTask.DeadlineKind.MONTH, FollowUpTask.DeadlineKind.PERIOD);
    }

    @Test
    void aLineThatCannotBeATaskIsKeptAsWritten() {
        // given a line with an empty last column and a numbered line
        // when they are read
        List<ProposalLines.Line> lines = ProposalLines.read("1. Hoàn thiện dự thảo quy chế | đơn vị tư vấn |\n\n(2) Học tập");
        // then each is returned as written, without its number, for the approver to see
        assertThat(lines).extracting(ProposalLines.Line::written)
                .containsExactly("Hoàn thiện dự thảo quy chế | đơn vị tư vấn |", "Học tập");
        assertThat(lines.getLast().readable()).isFalse();
    }

    @Test
    void noProposalsAreNoLines() {
        assertThat(ProposalLines.read(null)).isEmpty();
        assertThat(ProposalLines.read(" \n \n")).isEmpty();
    }
}
