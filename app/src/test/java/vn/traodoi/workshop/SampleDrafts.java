package vn.traodoi.workshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Drafts for tests, made the way officials' files are: a Word document, a PDF with text, a scanned PDF. */
final class SampleDrafts {

    static final List<String> VERSION_1 = List.of(
            "ĐỀ ÁN",
            "Tổ chức chính quyền đô thị thành phố Hải Phòng",
            "I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN",
            "1. Cơ sở chính trị, pháp lý",
            "Hiến pháp năm 2013 và Luật Tổ chức chính quyền địa phương.",
            "2. Cơ sở thực tiễn",
            "Thành phố có các quận và huyện.",
            "II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ",
            "Không tổ chức Hội đồng nhân dân phường.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Sở Nội vụ chủ trì.");

    /** Version 2: section II rewritten to absorb a comment, section III unchanged, a new section IV. */
    static final List<String> VERSION_2 = Stream.concat(VERSION_1.stream()
                    .map(p -> p.equals("Không tổ chức Hội đồng nhân dân phường.")
                            ? "Không tổ chức Hội đồng nhân dân phường; Ủy ban nhân dân phường hoạt động theo chế độ thủ trưởng."
                            : p),
            Stream.of("IV. ĐÁNH GIÁ TÁC ĐỘNG", "Tác động đến quản lý đầu tư, tài chính ngân sách.")).toList();

    private SampleDrafts() {
    }

    static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF with a text layer, in Liberation Serif embedded (a font with Vietnamese letters). */
    static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                InputStream font = SampleDrafts.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(PDType0Font.load(doc, font), 11);
                text.setLeading(14);
                text.newLineAtOffset(50, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A scanned page: a PDF without any text. */
    static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
