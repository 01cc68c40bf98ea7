package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListItemsTests {

    @Test
    void theMarksPeopleTypeBeforeItemsAndBlankLinesAreLeftOut() {
        // given a list typed with every kind of mark, blank lines and spaces
        String typed = """
                1. Sở Nội vụ
                2) Sở Tư pháp
                (3) Công an tỉnh

                - Văn phòng UBND tỉnh
                – Ban Dân vận Tỉnh ủy
                • Hội Liên hiệp Phụ nữ tỉnh
                +   Tỉnh đoàn
                * Liên đoàn Lao động tỉnh
                   Ủy ban Mặt trận Tổ quốc tỉnh  \
                """;
        // when its items are read; then they are the names alone, in order
        assertThat(ListItems.of(typed)).containsExactly("Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Văn phòng UBND tỉnh",
                "Ban Dân vận Tỉnh ủy", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Liên đoàn Lao động tỉnh",
                "Ủy ban Mặt trận Tổ quốc tỉnh");
    }

    @Test
    void aNumberInsideAnItemStays() {
        assertThat(ListItems.of("Kế hoạch 196/KH-UBND năm 2022\n2025-2030 giai đoạn mới"))
                .containsExactly("Kế hoạch 196/KH-UBND năm 2022", "2025-2030 giai đoạn mới");
        assertThat(ListItems.of(null)).isEmpty();
    }
}
