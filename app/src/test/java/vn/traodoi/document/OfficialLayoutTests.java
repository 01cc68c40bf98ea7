package vn.traodoi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The layout of Decree 30/2020 (Article 8, Appendix I), component by component, in the Word file (read back with POI)
 * and in the PDF (its text layer, its fonts, and its pages rendered to images with pdftoppm to find the ink inside the
 * margins).
 */
class OfficialLayoutTests {

    private static final float MM = 72 / 25.4f;

    @Test
    void datesAndPlacesAreWrittenAsTheDecreeSays() {
        assertThat(OfficialDates.date(LocalDate.of(2023, 2, 3))).isEqualTo("ngày 03 tháng 02 năm 2023");
        assertThat(OfficialDates.date(LocalDate.of(2022, 7, 15))).isEqualTo("ngày 15 tháng 7 năm 2022");
        assertThat(OfficialDates.date(LocalDate.of(2024, 1, 10))).isEqualTo("ngày 10 tháng 01 năm 2024");
        assertThat(OfficialDates.date(LocalDate.of(2024, 12, 9))).isEqualTo("ngày 09 tháng 12 năm 2024");
        assertThat(OfficialDates.place("Thành phố Hồ Chí Minh")).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(OfficialDates.place("Thành phố Hà Nội")).isEqualTo("Hà Nội");
        assertThat(OfficialDates.place("Tỉnh Quảng Ninh")).isEqualTo("Quảng Ninh");
        assertThat(OfficialDates.placeAndDate("Hà Nội", null)).isEqualTo("Hà Nội, ngày      tháng      năm      ");
        assertThat(OfficialDates.placeAndDate(null, LocalDate.of(2022, 7, 15))).isEqualTo("Ngày 15 tháng 7 năm 2022");
    }

    @Test
    void aBodysNameBreaksBetweenWordsNeverInsideAPlace() {
        float width = OfficialPdf.ISSUER_WIDTH;
        assertThat(IssuerLines.split("Ủy ban nhân dân Thành phố Hồ Chí Minh", width, OfficialPdf.ISSUER_SIZE, true))
                .containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH");
        assertThat(IssuerLines.split("Sở Nội vụ", width, OfficialPdf.ISSUER_SIZE, true)).containsExactly("SỞ NỘI VỤ");
        for (String name : List.of("Hội đồng nhân dân Thành phố Hồ Chí Minh",
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Bà Rịa - Vũng Tàu",
                "Ban Thi đua - Khen thưởng Thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Thừa Thiên Huế")) {
            List<String> lines = IssuerLines.split(name, width, OfficialPdf.ISSUER_SIZE, true);
            assertThat(String.join(" ", lines)).isEqualTo(name.toUpperCase(java.util.Locale.forLanguageTag("vi")));
            assertThat(lines).as(name).noneMatch(l -> l.endsWith(" HỒ") || l.endsWith(" BÀ") || l.endsWith(" THỪA")
                    || l.endsWith(" THÀNH PHỐ") || l.endsWith(" TỈNH"));
            lines.forEach(l -> assertThat(OfficialFonts.width(l, OfficialPdf.ISSUER_SIZE, true)).as(l).isLessThanOrEqualTo(width));
        }
        assertThat(IssuerLines.lines("Học tập, nghiên cứu thực tế cho cán bộ, công chức tại Thành phố Hồ Chí Minh",
                OfficialPdf.TEXT_WIDTH - 4, 14, true)).as("a summary keeps its place whole")
                .containsExactly("Học tập, nghiên cứu thực tế cho cán bộ, công chức tại", "Thành phố Hồ Chí Minh");
        assertThat(Issuers.withoutParentsPlace("Sở Nội vụ Thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh"))
                .isEqualTo("Sở Nội vụ");
        assertThat(Issuers.withoutParentsPlace("Văn phòng Chính phủ", "Chính phủ")).isEqualTo("Văn phòng Chính phủ");
        assertThat(OfficialFonts.covers("Nguyễn Thị Ngọc Ánh, Đặng Văn Ỷ")).isTrue();
        assertThat(OfficialFonts.covers("Nguyễn 山田")).as("a character outside the font").isFalse();
    }

    @Test
    void theWordFileHasEachComponentWhereAndAsTheDecreeSetsIt() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SampleDocuments.plan(true).docx()))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            CTPageMar m = section.getPgMar();
            assertThat(twipsToMm(m.getTop())).isBetween(20.0, 25.0);
            assertThat(twipsToMm(m.getBottom())).isBetween(20.0, 25.0);
            assertThat(twipsToMm(m.getLeft())).isBetween(30.0, 35.0);
            assertThat(twipsToMm(m.getRight())).isBetween(15.0, 20.0);
            assertThat(section.isSetTitlePg()).as("the first page has its own, empty header").isTrue();
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().getFirst().getCTP().xmlText())
                    .contains("PAGE");

            XWPFTable heading = doc.getTables().getFirst();
            List<XWPFParagraph> bodies = heading.getRow(0).getCell(0).getParagraphs();
            assertThat(bodies.get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN");
            assertThat(bodies.get(1).getText()).isEqualTo("THÀNH PHỐ HỒ CHÍ MINH");
            assertThat(first(bodies.get(1)).isBold()).as("the parent body is not bold").isFalse();
            assertThat(bodies.get(2).getText()).isEqualTo("SỞ NỘI VỤ");
            assertThat(first(bodies.get(2)).isBold()).isTrue();
            assertThat(bodies.get(3).getCTP().getPPr().getPBdr().isSetTop()).as("a short line under the issuer").isTrue();
            List<XWPFParagraph> nation = heading.getRow(0).getCell(1).getParagraphs();
            assertThat(nation.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(first(nation.get(0)).isBold()).isTrue();
            assertThat(nation.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(first(nation.get(1)).getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(heading.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/KH-SNV");
            XWPFParagraph date = heading.getRow(1).getCell(1).getParagraphs().getFirst();
            assertThat(date.getText()).isEqualTo("Thành phố Hồ Chí Minh, ngày 03 tháng 02 năm 2023");
            assertThat(first(date).isItalic()).isTrue();

            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph type = paragraphs.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
            assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(first(type).isBold()).isTrue();
            assertThat(first(type).getFontSizeAsDouble()).isBetween(13.0, 14.0);
            XWPFParagraph summary = paragraphs.get(paragraphs.indexOf(type) + 1);
            assertThat(summary.getText()).isEqualTo("Học tập kinh nghiệm cải cách hành chính tại tỉnh Quảng Ninh");
            assertThat(first(summary).isBold()).isTrue();
            assertThat(paragraphs).filteredOn(p -> p.getText().startsWith("- Nội dung trao đổi thứ 1:")).singleElement()
                    .satisfies(p -> assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.BOTH));
            assertThat(paragraphs).noneMatch(p -> p.getText().startsWith("- -"));

            XWPFTable sign = doc.getTables().get(1);
            List<XWPFParagraph> signer = sign.getRow(0).getCell(1).getParagraphs();
            assertThat(signer.get(0).getText()).isEqualTo("KT. GIÁM ĐỐC");
            assertThat(signer.get(1).getText()).isEqualTo("PHÓ GIÁM ĐỐC");
            assertThat(signer.getLast().getText()).isEqualTo("Trần Thị Ngọc Ánh");
            assertThat(first(signer.getLast()).isBold()).isTrue();
            List<XWPFParagraph> recipients = sign.getRow(0).getCell(0).getParagraphs();
            assertThat(recipients.getFirst().getText()).isEqualTo("Nơi nhận:");
            assertThat(first(recipients.getFirst()).isItalic()).isTrue();
            assertThat(first(recipients.getFirst()).isBold()).isTrue();
            assertThat(recipients.get(1).getText()).isEqualTo("- UBND Thành phố (để báo cáo);");
            assertThat(first(recipients.get(1)).getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(doc.getTables().get(2).getRow(1).getCell(1).getText()).isEqualTo("Trần Thị Ngọc Ánh");

            List<XWPFRun> runs = new ArrayList<>();
            paragraphs.forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                    .forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).filteredOn(r -> !r.text().isBlank()).allSatisfy(r -> {
                assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
                assertThat(r.getFontSizeAsDouble()).isBetween(11.0, 14.0);
            });
        }
        try (XWPFDocument draft = new XWPFDocument(new ByteArrayInputStream(SampleDocuments.plan(false).docx()))) {
            assertThat(draft.getTables().getFirst().getRow(1).getCell(0).getText()).isEqualTo("Số:       /KH-SNV");
            assertThat(draft.getTables().getFirst().getRow(1).getCell(1).getText())
                    .isEqualTo("Thành phố Hồ Chí Minh, ngày      tháng      năm      ");
        }
        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(SampleDocuments.letter().docx()))) {
            List<XWPFParagraph> left = letter.getTables().getFirst().getRow(1).getCell(0).getParagraphs();
            assertThat(left.get(0).getText()).isEqualTo("Số: 683/UBND-VX");
            assertThat(left.get(1).getText()).isEqualTo("V/v đề nghị tiếp và làm việc với Đoàn công tác");
            assertThat(letter.getParagraphs()).anyMatch(p -> p.getText().equals("Kính gửi: Ủy ban nhân dân thành phố Đà Nẵng."));
            assertThat(letter.getTables().get(1).getRow(0).getCell(1).getParagraphs().getFirst().getText())
                    .isEqualTo("TM. ỦY BAN NHÂN DÂN");
        }
    }

    @Test
    void thePdfEmbedsATimesFaceKeepsItsMarginsAndNumbersPagesFromTwo() throws Exception {
        byte[] bytes = SampleDocuments.plan(true).pdf();
        PdfChecks.decree30(bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String first = PdfChecks.text(pdf, 1);
            assertThat(first).containsSubsequence("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/KH-SNV",
                    "Thành phố Hồ Chí Minh, ngày 03 tháng 02 năm 2023",
                    "KẾ HOẠCH", "Học tập kinh nghiệm cải cách hành chính tại tỉnh Quảng Ninh", "I. MỤC ĐÍCH, YÊU CẦU");
            assertThat(first).doesNotContain("HỒ\nCHÍ MINH");
            assertThat(firstLine(pdf, 1)).as("no number on the first page").isEqualTo("ỦY BAN NHÂN DÂN");
            assertThat(firstLine(pdf, 2)).isEqualTo("2");
            assertThat(firstLine(pdf, 3)).isEqualTo("3");
            assertThat(PdfChecks.text(pdf, pdf.getNumberOfPages() - 1) + PdfChecks.text(pdf, pdf.getNumberOfPages()))
                    .containsSubsequence("Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Ngọc Ánh");
        }
        int[] inkOfABlankPage = PdfChecks.ink(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        assertThat(inkOfABlankPage[2]).as("the ink finder sees black as ink, so the margin checks can fail").isEqualTo(9);
    }

    private static XWPFRun first(XWPFParagraph p) {
        return p.getRuns().stream().filter(r -> !r.text().isEmpty()).findFirst().orElseThrow();
    }

    private static double twipsToMm(Object twips) {
        return Double.parseDouble(twips.toString()) / 1440 * 25.4;
    }

    private static String firstLine(PDDocument pdf, int page) throws Exception {
        return PdfChecks.text(pdf, page).lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

}
