package vn.traodoi.workshop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.text.draft.DraftSections;
import vn.traodoi.text.draft.Paragraph;

/**
 * Reads the paragraphs of an uploaded draft: Word (.docx), PDF with a text layer, or plain UTF-8 text (.txt). The
 * bytes must be what the extension says; a scanned PDF (no text) is refused with a message saying so.
 */
final class DraftReader {

    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading|tieude|title)\\s*(\\d)");

    /** The paragraphs and the content type judged from the bytes. */
    record Reading(String contentType, List<Paragraph> paragraphs) {
    }

    private DraftReader() {
    }

    static Reading read(@Nullable String fileName, byte[] bytes) {
        if (fileName == null || fileName.isBlank() || bytes.length == 0) {
            throw new InvalidInputException("file", "workshop.draft.required");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "workshop.draft.tooLarge");
        }
        String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        List<Paragraph> paragraphs = switch (ext) {
            case "docx" -> docx(bytes);
            case "pdf" -> pdf(bytes);
            case "txt" -> text(bytes);
            default -> throw new InvalidInputException("file", "workshop.draft.type");
        };
        if (paragraphs.stream().allMatch(p -> p.text().isBlank())) {
            throw new InvalidInputException("file", ext.equals("pdf") ? "workshop.draft.scanned" : "workshop.draft.empty");
        }
        return new Reading(switch (ext) {
            case "docx" -> DOCX;
            case "pdf" -> "application/pdf";
            default -> "text/plain;charset=UTF-8";
        }, paragraphs);
    }

    private static List<Paragraph> docx(byte[] bytes) {
        if (!isWordPackage(bytes)) {
            throw new InvalidInputException("file", "workshop.draft.mismatch");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Paragraph> out = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.add(new Paragraph(p.getText(), headingLevel(doc, p)));
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        out.add(Paragraph.of(String.join(" | ", row.getTableCells().stream().map(XWPFTableCell::getText)
                                .map(String::strip).toList())));
                    }
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "workshop.draft.unreadable");
        }
    }

    /** A .docx is a zip holding word/document.xml; any other zip (an .xlsx renamed) is not a Word document. */
    private static boolean isWordPackage(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        for (String name : new String[] {id, style == null ? null : style.getName()}) {
            if (name != null) {
                var m = HEADING_STYLE.matcher(name.replace(" ", ""));
                if (m.find()) {
                    return Math.max(1, Integer.parseInt(m.group(1)));
                }
            }
        }
        return 0;
    }

    private static List<Paragraph> pdf(byte[] bytes) {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InvalidInputException("file", "workshop.draft.mismatch");
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new InvalidInputException("file", "workshop.draft.encrypted");
            }
            text = new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new InvalidInputException("file", "workshop.draft.unreadable");
        }
        return joinWrappedLines(text);
    }

    /**
     * A PDF breaks lines where the page is full; a paragraph ends after a full stop, a colon or a semicolon, a line in
     * capitals or a heading line, and a new one starts at a heading or a numbered line.
     */
    static List<Paragraph> joinWrappedLines(String text) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            String sofar = current.toString();
            boolean ends = sofar.isEmpty() || ".:;!?…".indexOf(sofar.charAt(sofar.length() - 1)) >= 0
                    || sofar.equals(sofar.toUpperCase(Locale.ROOT))
                    || DraftSections.isHeading(sofar);
            if (line.isEmpty() || ends || DraftSections.isHeading(line) || DraftSections.isNumbered(line)) {
                if (!sofar.isEmpty()) {
                    out.add(Paragraph.of(sofar));
                    current.setLength(0);
                }
            } else {
                current.append(' ');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            out.add(Paragraph.of(current.toString()));
        }
        return out;
    }

    private static List<Paragraph> text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "workshop.draft.mismatch");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException("file", "workshop.draft.mismatch");
        }
        return text.replace("\uFEFF", "").lines().map(Paragraph::of).toList();
    }
}
