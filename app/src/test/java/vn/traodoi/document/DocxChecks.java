package vn.traodoi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The checks every generated official Word file passes (Decree 30/2020), read back with POI: A4 and its margins, the
 * page number from page 2, the heading's components where Appendix I puts them, Times New Roman at 11–14 pt in every
 * run.
 */
public final class DocxChecks {

    private DocxChecks() {
    }

    /** Checks the Word file; returns its text, whitespace folded. */
    public static String decree30(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(mm(section.getPgMar().getTop())).isBetween(20.0, 25.0);
            assertThat(mm(section.getPgMar().getBottom())).isBetween(20.0, 25.0);
            assertThat(mm(section.getPgMar().getLeft())).isBetween(30.0, 35.0);
            assertThat(mm(section.getPgMar().getRight())).isBetween(15.0, 20.0);
            assertThat(section.isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().getFirst().getCTP().xmlText())
                    .contains("PAGE");
            XWPFTable heading = doc.getTables().getFirst();
            var nation = heading.getRow(0).getCell(1).getParagraphs();
            assertThat(nation.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(nation.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(nation.get(1).getRuns().getFirst().getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            var issuer = heading.getRow(0).getCell(0).getParagraphs();
            assertThat(issuer.stream().filter(p -> !p.getText().isBlank()).toList()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getText()).isUpperCase());
            assertThat(heading.getRow(1).getCell(0).getParagraphs().getFirst().getText()).matches("Số: [ 0-9]+/\\S+");
            assertThat(heading.getRow(1).getCell(1).getText()).matches("(.+, )?[Nn]gày .+ tháng .+ năm .*");
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                    .forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).filteredOn(r -> !r.text().isBlank()).allSatisfy(r -> {
                assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
                assertThat(r.getFontSizeAsDouble()).as(r.text()).isBetween(11.0, 14.0);
            });
            assertThat(extractor.getText()).contains("Nơi nhận:");
            return extractor.getText().replaceAll("[\\s\u00A0]+", " ");
        }
    }

    private static double mm(Object twips) {
        return Double.parseDouble(twips.toString()) / 1440 * 25.4;
    }
}
