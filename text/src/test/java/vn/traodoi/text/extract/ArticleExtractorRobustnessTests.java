package vn.traodoi.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Garbage in: no exception, no invented fact, every fact inside the text it claims to come from. */
class ArticleExtractorRobustnessTests {

    private final ArticleExtractor extractor = ArticleExtractor.standard();

    static List<Fact<?>> all(ExtractedRecord r) {
        List<Fact<?>> facts = new ArrayList<>();
        facts.addAll(r.dates());
        facts.addAll(r.documents());
        facts.addAll(r.people());
        facts.addAll(r.organizations());
        facts.addAll(r.memberCounts());
        facts.addAll(r.sites());
        facts.addAll(r.topics());
        facts.addAll(r.tasks());
        facts.addAll(r.indices());
        facts.addAll(r.eventDates());
        facts.addAll(r.hosts());
        facts.addAll(r.deputies());
        if (r.delegationFrom() != null) {
            facts.add(r.delegationFrom());
        }
        if (r.head() != null) {
            facts.add(r.head());
        }
        return facts;
    }

    static void assertTraceable(ExtractedRecord r) {
        for (Fact<?> fact : all(r)) {
            assertThat(fact.span().end()).isLessThanOrEqualTo(r.text().length());
            assertThat(fact.span().of(r.text())).as("span of %s", fact.value()).isNotBlank();
        }
        r.people().forEach(p -> assertThat(r.text()).contains(p.value().name()));
        r.organizations().forEach(o -> assertThat(r.text()).contains(o.value()));
        r.hosts().forEach(h -> assertThat(h.span().of(r.text())).isEqualTo(h.value()));
        if (r.delegationFrom() != null) {
            assertThat(r.delegationFrom().span().of(r.text())).as("the sender as written").isNotBlank();
        }
    }

    @Test
    void anEmptyTextStatesNothing() {
        ExtractedRecord r = extractor.extract("", LocalDate.of(2026, 1, 1));
        assertThat(all(r)).isEmpty();
        assertThat(r.eventKind().value()).isEqualTo(EventKind.UNKNOWN);
        assertThat(r.headline()).isNull();
        assertThat(r.publishedOn()).isNull();
    }

    @Test
    void randomBytesAndHtmlSoupNeverThrowAndEveryFactIsTraceable() {
        Random random = new Random(20220809L);
        String[] soup = {"<div>", "</p>", "&nbsp;", "Ủy ban nhân dân", "ngày", "tháng", "/", "-", "(1)", "số", "Sở",
                "ông", ",", ".", "2022", "9", "Kế hoạch", "UBND", "giao", "Lê", "Văn", "\n", "Đ/c", "và"};
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(200);
            for (int k = 0; k < n; k++) {
                if (random.nextBoolean()) {
                    text.append(soup[random.nextInt(soup.length)]).append(' ');
                } else {
                    byte[] bytes = new byte[random.nextInt(8)];
                    random.nextBytes(bytes);
                    text.append(new String(bytes, StandardCharsets.UTF_8));
                }
            }
            assertTraceable(extractor.extract(text.toString(), random.nextBoolean() ? null : LocalDate.of(2024, 5, 1)));
        }
    }

    @Test
    void decomposedTextGivesTheSameFactsAsComposedText() {
        for (String seed : Evaluation.SEEDS) {
            String article = Evaluation.seed(seed);
            ExtractedRecord composed = extractor.extract(article, Evaluation.IMPORT_DATE);
            ExtractedRecord decomposed = extractor.extract(Normalizer.normalize(article, Normalizer.Form.NFD),
                    Evaluation.IMPORT_DATE);
            assertThat(Evaluation.predicted(decomposed)).isEqualTo(Evaluation.predicted(composed));
        }
    }

    @Test
    void withoutAYearOrAReferenceNoDateIsProduced() {
        ExtractedRecord r = extractor.extract("Chiều 2/8, UBND thành phố tổ chức hội thảo. Trong hai ngày 10 và 11-10.", null);
        assertThat(r.dates()).isEmpty();
        ExtractedRecord withImport = extractor.extract("Chiều 2/8, UBND thành phố tổ chức hội thảo.", LocalDate.of(2023, 8, 20));
        assertThat(withImport.dates()).singleElement().satisfies(d -> {
            assertThat(d.value().key()).isEqualTo("2023-08-02");
            assertThat(((DateMention.Days) d.value()).yearInferred()).isTrue();
            assertThat(d.confidence()).isLessThan(0.9);
        });
    }

    @Test
    void englishAllCapitalsAndTextWithoutDiacriticsInventNothing() {
        ExtractedRecord english = extractor.extract("The Ho Chi Minh City delegation visited Hanoi on 9 August to "
                + "discuss urban government with the Director Nguyen Van A.", LocalDate.of(2026, 1, 1));
        assertThat(english.documents()).isEmpty();
        assertThat(english.organizations()).isEmpty();
        assertThat(english.people()).isEmpty();
        assertThat(english.dates()).isEmpty();
        ExtractedRecord capitals = extractor.extract("THÀNH PHỐ HỒ CHÍ MINH TỔ CHỨC CÁC ĐOÀN NGHIÊN CỨU, HỌC TẬP KINH NGHIỆM",
                null);
        assertThat(capitals.people()).isEmpty();
        ExtractedRecord ascii = extractor.extract("Doan cong tac gom 57 nguoi, ngay 21 thang 7 nam 2022", null);
        assertThat(ascii.people()).isEmpty();
        assertThat(ascii.memberCounts()).isEmpty();
        assertThat(ascii.dates()).isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void tenMegabytesOfTextAreReadWhole() {
        String article = Evaluation.seed("001_69676b97deb71c3b");
        StringBuilder big = new StringBuilder(11_000_000);
        while (big.length() < 10_000_000) {
            big.append(article).append('\n');
        }
        big.append("Không có dấu chấm câu nào ").append("Sở Nội vụ và ".repeat(20_000));
        ExtractedRecord r = extractor.extract(big.toString(), null);
        assertThat(r.memberCounts()).hasSizeGreaterThan(1000);
        assertThat(r.people()).extracting(p -> p.value().name()).contains("Tạ Văn Dũng", "Nguyễn Duy Tân");
    }
}
