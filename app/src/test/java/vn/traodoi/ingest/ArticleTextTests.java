package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.traodoi.text.extract.ArticleExtractor;

class ArticleTextTests {

    static String html(String page) {
        return ArticleExtractor.normalize(ArticleText.fromUpload("bai.html", page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsAnArticlesHeaderAndDropsThePagesOwn() {
        String text = html("""
                <html><head><title>Tin tức - Cổng TTĐT</title></head><body>
                <header><a href="/">Cổng thông tin điện tử tỉnh</a><nav>Trang chủ | Tin tức</nav></header>
                <main><article><header><h1>UBND tỉnh tiếp Đoàn công tác</h1><time>16/09/2024</time></header>
                <p>Ngày 16/9/2024, Ủy ban nhân dân tỉnh tiếp đoàn.</p><aside>Tin liên quan: …</aside></article></main>
                <footer>Bản quyền</footer><script>track()</script></body></html>""");
        assertThat(text).startsWith("UBND tỉnh tiếp Đoàn công tác\n16/09/2024\nNgày 16/9/2024")
                .doesNotContain("Cổng thông tin").doesNotContain("Trang chủ").doesNotContain("Tin liên quan")
                .doesNotContain("Bản quyền").doesNotContain("track");
    }

    @Test
    void takesThePagesTitleAsTheHeadlineWhenTheBodyHasNoHeading() {
        String text = html("<html><head><title>Sở Nội vụ tiếp đoàn</title></head><body><p>Ngày 2/8/2023, Sở Nội vụ "
                + "tiếp đoàn.</p></body></html>");
        assertThat(text).isEqualTo("Sở Nội vụ tiếp đoàn\nNgày 2/8/2023, Sở Nội vụ tiếp đoàn.");
    }

    @Test
    void decodesEntitiesAndBreaksLines() {
        String text = html("<body><h1>Hội th&#7843;o</h1><p>Dòng một<br>Dòng&nbsp;hai</p></body>");
        assertThat(text).isEqualTo("Hội thảo\nDòng một\nDòng hai");
    }
}
