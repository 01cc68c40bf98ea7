package vn.traodoi.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Articles written for the archive tests in the plainest patterns of such news (none is a real article): a visit that
 * Kon Tum received from Bắc Kạn, a second article on the same visit, a visit from a sender the directory does not know, a workshop Kon
 * Tum held, and the same visit's article as a web page. Each test adds its own mark, so that its articles are new to
 * the organization.
 */
final class ArchiveArticles {

    static final String VISIT = """
            UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn
            Ngày 16/9/2024, Ủy ban nhân dân tỉnh Kon Tum tiếp và làm việc với Đoàn công tác của Ủy ban nhân dân tỉnh \
            Bắc Kạn do ông Hoàng Minh Đức, Phó Chủ tịch UBND tỉnh Bắc Kạn làm Trưởng đoàn. Đoàn gồm 10 thành viên.
            Tại buổi làm việc, hai bên trao đổi về phát triển kinh tế dưới tán rừng; bảo tồn văn hóa cồng chiêng gắn với \
            du lịch cộng đồng.
            Đoàn đã tham quan Khu du lịch sinh thái Măng Đen.
            Qua chuyến công tác, đoàn rút ra bài học kinh nghiệm về cách giao rừng cho cộng đồng thôn, làng cùng quản lý \
            và hưởng lợi.
            """;

    static final String SAME_VISIT = """
            Lãnh đạo UBND tỉnh Kon Tum tiếp Đoàn công tác của UBND tỉnh Bắc Kạn tại Khu du lịch sinh thái Măng Đen
            Chiều 16/9/2024, Đoàn công tác của Ủy ban nhân dân tỉnh Bắc Kạn do ông Hoàng Minh Đức, Phó Chủ tịch UBND \
            tỉnh Bắc Kạn làm Trưởng đoàn đã đến thăm Khu du lịch sinh thái Măng Đen, tìm hiểu cách người dân đón khách \
            du lịch tại nhà.
            """;

    /** A visit from a sender the directory does not know: its proposal cannot be accepted as it is. */
    static final String OTHER_VISIT = """
            UBND tỉnh Kon Tum tiếp Đoàn công tác của Hội Nông dân tỉnh Phú Yên
            Ngày 22/10/2024, Ủy ban nhân dân tỉnh Kon Tum tiếp Đoàn công tác của Hội Nông dân tỉnh Phú Yên đến tìm hiểu \
            mô hình trồng sâm Ngọc Linh.
            Tại buổi làm việc, hai bên trao đổi về liên kết tiêu thụ nông sản; xây dựng thương hiệu dược liệu.
            """;

    static final String WORKSHOP = """
            UBND tỉnh Kon Tum tổ chức Hội thảo góp ý dự thảo Đề án phát triển dược liệu tỉnh Kon Tum
            Sáng ngày 5/11/2024, Ủy ban nhân dân tỉnh Kon Tum tổ chức Hội thảo góp ý dự thảo Đề án phát triển dược liệu \
            tỉnh Kon Tum giai đoạn 2025-2030. Ông Lê Văn Hòa, Chủ tịch UBND tỉnh Kon Tum chủ trì hội thảo.
            Kết luận hội thảo, Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì tiếp thu các ý kiến \
            góp ý, hoàn thiện dự thảo Đề án trước ngày 30/11/2024.
            """;

    static final String PAGE = """
            <!DOCTYPE html><html><head><title>Tiếp đoàn - Cổng thông tin điện tử tỉnh Kon Tum</title></head><body>
            <header><a href="/">Cổng thông tin điện tử tỉnh Kon Tum</a><nav>Trang chủ | Tin tức</nav></header>
            <article><header><h1>Kon Tum chia sẻ kinh nghiệm trồng sâm với Đoàn công tác của UBND tỉnh Cao Bằng</h1></header>
            <p>Ngày 8/10/2024, Ủy ban nhân dân tỉnh Kon Tum tiếp Đoàn công tác của Ủy ban nhân dân tỉnh Cao Bằng.</p>
            <p>Hai bên trao đổi về phát triển cây dược liệu dưới tán rừng.</p></article>
            <footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh Kon Tum</footer></body></html>
            """;

    private ArchiveArticles() {
    }

    /** The article with a line of its own at the end, so that it is new to the organization. */
    static String marked(String article, String mark) {
        return article + "(Mã tin: " + mark + ")\n";
    }

    /** The organizations these articles name, in their provinces of 2024. */
    static void directory(JdbcClient jdbc) {
        ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Kon Tum", "UBND", "62");
        ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Bắc Kạn", "UBND", "06");
        ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Cao Bằng", "UBND", "04");
        ImportFixtures.organization(jdbc, "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum", "SO", "62");
    }
}
