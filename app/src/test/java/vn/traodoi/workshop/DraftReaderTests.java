package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.text.draft.DraftSections;
import vn.traodoi.text.draft.Paragraph;
import vn.traodoi.text.draft.Section;

class DraftReaderTests {

    static String code(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.problems().getFirst().messageCode();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aWordDraftIsReadParagraphByParagraphAndSplitIntoSections() {
        DraftReader.Reading r = DraftReader.read("du-thao.docx", SampleDrafts.docx(SampleDrafts.VERSION_1));
        assertThat(r.contentType()).isEqualTo(DraftReader.DOCX);
        List<Section> sections = DraftSections.split(r.paragraphs());
        assertThat(sections).extracting(Section::label).containsExactly("Phần mở đầu", "I", "I.1", "I.2", "II", "III");
        assertThat(sections.get(4).body()).isEqualTo("Không tổ chức Hội đồng nhân dân phường.");
    }

    @Test
    void aPdfWithTextIsReadWithItsWrappedLinesJoined() {
        DraftReader.Reading r = DraftReader.read("du-thao.pdf", SampleDrafts.pdf(List.of("Chương I", "Điều 1. Phạm vi",
                "Nghị quyết này quy định về tổ chức chính quyền", "đô thị tại thành phố.", "1. Quận, phường")));
        assertThat(r.contentType()).isEqualTo("application/pdf");
        assertThat(r.paragraphs()).extracting(Paragraph::text).containsExactly("Chương I", "Điều 1. Phạm vi",
                "Nghị quyết này quy định về tổ chức chính quyền đô thị tại thành phố.", "1. Quận, phường");
        assertThat(DraftSections.split(r.paragraphs())).extracting(Section::label)
                .containsExactly("Chương I", "Điều 1", "Khoản 1 Điều 1");
    }

    @Test
    void plainTextMustBeUtf8() {
        assertThat(DraftReader.read("du-thao.txt", "\uFEFFĐiều 1. Phạm vi\nNội dung".getBytes(StandardCharsets.UTF_8))
                .paragraphs()).extracting(Paragraph::text).containsExactly("Điều 1. Phạm vi", "Nội dung");
        assertThat(code(() -> DraftReader.read("du-thao.txt", new byte[] {(byte) 0xC4, 0x20, (byte) 0xFF})))
                .isEqualTo("workshop.draft.mismatch");
        assertThat(code(() -> DraftReader.read("du-thao.txt", new byte[] {'a', 0, 'b'}))).isEqualTo("workshop.draft.mismatch");
    }

    @Test
    void aFileThatIsNotWhatItsExtensionSaysIsRefused() {
        assertThat(code(() -> DraftReader.read("du-thao.docx", "Điều 1".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("workshop.draft.mismatch");
        assertThat(code(() -> DraftReader.read("du-thao.pdf", SampleDrafts.docx(List.of("x"))))).isEqualTo("workshop.draft.mismatch");
        assertThat(code(() -> DraftReader.read("du-thao.docx", SampleDrafts.pdf(List.of("x"))))).isEqualTo("workshop.draft.mismatch");
        assertThat(code(() -> DraftReader.read("du-thao.exe", new byte[] {1}))).isEqualTo("workshop.draft.type");
        assertThat(code(() -> DraftReader.read("du-thao.pdf", SampleDrafts.scannedPdf()))).isEqualTo("workshop.draft.scanned");
        assertThat(code(() -> DraftReader.read("du-thao.txt", new byte[0]))).isEqualTo("workshop.draft.required");
        assertThat(code(() -> DraftReader.read("du-thao.txt", new byte[(int) DraftReader.MAX_BYTES + 1])))
                .isEqualTo("workshop.draft.tooLarge");
        byte[] broken = SampleDrafts.docx(List.of("x"));
        assertThatThrownBy(() -> DraftReader.read("du-thao.docx", Arrays.copyOf(broken, 200)))
                .isInstanceOf(InvalidInputException.class);
    }
}
