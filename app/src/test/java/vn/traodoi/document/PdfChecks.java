package vn.traodoi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;

/**
 * The checks every generated official PDF passes (Decree 30/2020): A4 pages, every font embedded and the Times-metric
 * face, the page number from page 2 only, the text inside the margins (left 30 mm, right 15 mm, bottom 20 mm) in the
 * text layer and in the pages rendered to images by pdftoppm.
 */
public final class PdfChecks {

    private static final float MM = 72 / 25.4f;

    private PdfChecks() {
    }

    /** Checks the PDF; returns its text, whitespace folded. */
    public static String decree30(byte[] bytes) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, Offset.offset(1f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("LiberationSerif");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                String first = text(pdf, p).lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
                if (p == 1) {
                    assertThat(first).as("no number on the first page").doesNotMatch("\\d+");
                } else {
                    assertThat(first).as("page %d is numbered", p).isEqualTo(String.valueOf(p));
                }
                for (TextPosition t : positions(pdf, p)) {
                    assertThat(t.getXDirAdj()).as("page %d: %s left", p, t).isGreaterThanOrEqualTo(30 * MM - 0.5f);
                    assertThat(t.getXDirAdj() + t.getWidthDirAdj()).isLessThanOrEqualTo(595.3f - 15 * MM + 0.5f);
                    if (t.getYDirAdj() >= 20 * MM) {
                        assertThat(t.getYDirAdj()).isLessThanOrEqualTo(841.9f - 20 * MM + 0.5f);
                    }
                }
                all.append(text(pdf, p)).append('\n');
            }
        }
        Path dir = Files.createTempDirectory("traodoi-pdf");
        try {
            Path file = dir.resolve("document.pdf");
            Files.write(file, bytes);
            Process render = new ProcessBuilder("pdftoppm", "-r", "72", "-png", file.toString(),
                    dir.resolve("page").toString()).redirectErrorStream(true).start();
            assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(render.exitValue()).isZero();
            try (var pages = Files.list(dir)) {
                List<Path> images = pages.filter(x -> x.toString().endsWith(".png")).sorted().toList();
                assertThat(images).isNotEmpty();
                for (Path image : images) {
                    int[] ink = ink(ImageIO.read(image.toFile()));
                    assertThat(ink[0]).as("%s: ink left of the 30 mm margin", image).isGreaterThanOrEqualTo((int) (30 * MM) - 1);
                    assertThat(ink[2]).as("%s: ink right of the 15 mm margin", image).isLessThanOrEqualTo((int) (595 - 15 * MM) + 1);
                    assertThat(ink[3]).as("%s: ink in the 20 mm bottom margin", image).isLessThanOrEqualTo((int) (842 - 20 * MM) + 1);
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return all.toString().replaceAll("[\\s\u00A0]+", " ");
    }

    /** The ink's bounding box on a page image at 72 dpi (one pixel a point): left, top, right, bottom. */
    static int[] ink(BufferedImage image) {
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) < 160 && ((rgb >> 8) & 0xFF) < 160 && (rgb & 0xFF) < 160) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new int[] {left, top, right, bottom};
    }

    static String text(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    static List<TextPosition> positions(PDDocument pdf, int page) throws Exception {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    all.add(text);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return all;
    }
}
