package vn.traodoi.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.traodoi.document.OfficialText.Authority;
import vn.traodoi.document.OfficialText.Block;
import vn.traodoi.document.OfficialText.Signature;

/** Documents written for the tests (not from any article): a plan long enough for three pages, and a letter. */
final class SampleDocuments {

    private SampleDocuments() {
    }

    static OfficialText plan(boolean issued) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading("I. MỤC ĐÍCH, YÊU CẦU"));
        blocks.add(Block.paragraph("Học hỏi cách các địa phương tổ chức bộ phận một cửa liên thông và số hóa hồ sơ."));
        blocks.add(Block.heading("II. NỘI DUNG"));
        for (int i = 1; i <= 40; i++) {
            blocks.add(Block.item("- Nội dung trao đổi thứ " + i + ": quy trình tiếp nhận, luân chuyển hồ sơ, "
                    + "đánh giá mức độ hài lòng của người dân và doanh nghiệp;"));
        }
        blocks.add(Block.heading("III. THÀNH PHẦN ĐOÀN"));
        blocks.add(Block.paragraph("Danh sách thành viên tại Phụ lục kèm theo."));
        OfficialText draft = new OfficialText("Ủy ban nhân dân Thành phố Hồ Chí Minh", "Sở Nội vụ", null, "KH-SNV",
                "Thành phố Hồ Chí Minh", null, "KẾ HOẠCH", "Học tập kinh nghiệm cải cách hành chính tại tỉnh Quảng Ninh",
                List.of(), blocks, new Signature(Authority.KT, "Giám đốc", "Phó Giám đốc", null),
                List.of("- UBND Thành phố (để báo cáo);", "- Lưu: VT, CCVC."),
                new OfficialText.Annex(List.of("DANH SÁCH THÀNH VIÊN ĐOÀN CÔNG TÁC"),
                        List.of("STT", "Họ và tên", "Chức vụ, cơ quan"),
                        List.of(List.of("1", "Trần Thị Ngọc Ánh", "Phó Giám đốc Sở Nội vụ"),
                                List.of("2", "Lê Văn Ðức", "Trưởng phòng Cải cách hành chính"))));
        return issued ? draft.issued("05", LocalDate.of(2023, 2, 3), "Trần Thị Ngọc Ánh") : draft;
    }

    static OfficialText letter() {
        return new OfficialText(null, "Ủy ban nhân dân Thành phố Hồ Chí Minh", "683", "UBND-VX", "Thành phố Hồ Chí Minh",
                LocalDate.of(2022, 7, 15), null, "đề nghị tiếp và làm việc với Đoàn công tác",
                List.of("Ủy ban nhân dân thành phố Đà Nẵng"),
                List.of(Block.paragraph("Ủy ban nhân dân Thành phố đề nghị Quý Ủy ban bố trí tiếp và làm việc với Đoàn.")),
                new Signature(Authority.TM, "Ủy ban nhân dân", "Chủ tịch", null), List.of("- Như trên;", "- Lưu: VT."),
                null);
    }
}
