package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.traodoi.TestImages;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.Uploads.Type;

class UploadsTests {

    private static final Uploads.Rule IMAGES = new Uploads.Rule("photo", 8L * 1024 * 1024,
            Set.of(Type.JPEG, Type.PNG, Type.WEBP), "photo.empty", "photo.tooLarge", "photo.notImage");
    private static final Uploads.Rule EVIDENCE = new Uploads.Rule("file", 8L * 1024 * 1024,
            Set.of(Type.PDF, Type.DOCX, Type.XLSX, Type.DOC, Type.XLS, Type.JPEG, Type.PNG), "task.evidence.file.empty",
            "task.evidence.file.tooLarge", "task.evidence.file.type");

    private final Uploads uploads = new Uploads(40);

    private static FieldProblem refusal(ThrowingCallable call) {
        InvalidInputException e = (InvalidInputException) Assertions.catchThrowable(call);
        assertThat(e).as("refused").isNotNull();
        return e.problems().getFirst();
    }

    @Test
    void aDecompressionBombIsRefusedOnItsHeaderWithTheMegapixelsItClaims() {
        byte[] bomb = TestImages.pngHeader(30_000, 30_000);
        assertThat(bomb.length).isLessThan(200);
        FieldProblem p = refusal(() -> uploads.check(IMAGES, new Upload("anh.png", "image/png", bomb)));
        assertThat(p).isEqualTo(new FieldProblem("photo", "upload.image.pixels", List.of(900.0, 40)));
        assertThat(refusal(() -> new Uploads(1).check(IMAGES, new Upload("a.png", null, TestImages.png(1001, 1000)))))
                .as("the limit is configurable").extracting(FieldProblem::arguments).isEqualTo(List.of(1.0, 1));
    }

    @Test
    void brokenAndTruncatedImagesAreRefused() {
        byte[] jpeg = TestImages.jpeg(400, 300);
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("anh.jpg", "image/jpeg", TestImages.truncated(jpeg)))))
                .extracting(FieldProblem::messageCode).isEqualTo("upload.image.broken");
        byte[] png = TestImages.png(400, 300);
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("anh.png", "image/png", TestImages.truncated(png)))))
                .extracting(FieldProblem::messageCode).isEqualTo("upload.image.broken");
        byte[] garbage = new byte[5000];
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("anh.jpg", null, garbage))))
                .extracting(FieldProblem::messageCode).isEqualTo("upload.image.broken");
    }

    @Test
    void aPhotoIsStoredWithoutItsExifAndTurnedAsItsOrientationSaid() {
        byte[] sent = TestImages.withExif(TestImages.jpeg(64, 32), 6);
        assertThat(TestImages.jpegMarkers(sent)).contains(0xFFE1);
        assertThat(TestImages.contains(sent, "GPS")).isTrue();
        assertThat(ImageRewriter.orientation(sent)).isEqualTo(6);

        Uploads.Checked stored = uploads.check(IMAGES, new Upload("anh.jpg", "image/jpeg", sent));
        assertThat(stored.type()).isEqualTo(Type.JPEG);
        assertThat(TestImages.jpegMarkers(stored.bytes())).doesNotContain(0xFFE1).contains(0xFFD8, 0xFFDA);
        assertThat(TestImages.contains(stored.bytes(), "Exif")).isFalse();
        assertThat(TestImages.contains(stored.bytes(), "GPS")).isFalse();
        BufferedImage upright = TestImages.read(stored.bytes());
        assertThat(upright.getWidth()).isEqualTo(32);
        assertThat(upright.getHeight()).isEqualTo(64);
        assertThat(new Color(upright.getRGB(16, 8)).getRed()).as("the left (red) half is now on top").isGreaterThan(200);
        assertThat(new Color(upright.getRGB(16, 56)).getBlue()).isGreaterThan(200);
    }

    @Test
    void everyOrientationTurnsTheImageUpright() {
        BufferedImage sideways = TestImages.read(TestImages.png(4, 2));
        for (int o = 1; o <= 8; o++) {
            BufferedImage out = ImageRewriter.upright(sideways, o);
            assertThat(out.getWidth()).as("orientation %d", o).isEqualTo(o >= 5 ? 2 : 4);
        }
        // 8: turned a quarter to the left, so the left (red) half ends at the bottom.
        BufferedImage eight = ImageRewriter.upright(sideways, 8);
        assertThat(new Color(eight.getRGB(0, 3)).getRed()).isEqualTo(255);
        assertThat(new Color(eight.getRGB(0, 0)).getBlue()).isEqualTo(255);
        BufferedImage mirrored = ImageRewriter.upright(sideways, 2);
        assertThat(new Color(mirrored.getRGB(0, 0)).getBlue()).isEqualTo(255);
    }

    @Test
    void aPngStaysAPngAndAWebPBecomesAJpeg() {
        Uploads.Checked png = uploads.check(IMAGES, new Upload("so-do.png", "image/png", TestImages.png(20, 10)));
        assertThat(png.type()).isEqualTo(Type.PNG);
        assertThat(TestImages.read(png.bytes()).getWidth()).isEqualTo(20);
        Uploads.Checked webp = uploads.check(IMAGES, new Upload("anh.webp", "image/webp", TestImages.WEBP));
        assertThat(webp.contentType()).isEqualTo("image/jpeg");
        assertThat(TestImages.read(webp.bytes()).getWidth()).isEqualTo(1);
    }

    @Test
    void theNameAndTheDeclaredTypeMustSayWhatTheBytesAre() {
        byte[] png = TestImages.png(8, 8);
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("anh.jpg", "image/jpeg", png))).messageCode())
                .isEqualTo("upload.mismatch");
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("anh.png", "image/jpeg", png))).messageCode())
                .isEqualTo("upload.mismatch");
        assertThat(uploads.check(IMAGES, new Upload("C:\\Ảnh\\anh.PNG", "application/octet-stream", png)).type())
                .as("a generic declared type and a name in capitals").isEqualTo(Type.PNG);
        assertThat(uploads.check(IMAGES, new Upload(null, null, png)).type()).isEqualTo(Type.PNG);
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("a.pdf", null, TestImages.pdf()))).messageCode())
                .as("a type this use does not take").isEqualTo("photo.notImage");
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("a.jpg", null, "<script>".getBytes()))).messageCode())
                .isEqualTo("photo.notImage");
    }

    @Test
    void emptyAndTooLargeFilesAreRefusedWithTheUsesOwnMessages() {
        assertThat(refusal(() -> uploads.check(IMAGES, Upload.of(null)))).isEqualTo(new FieldProblem("photo", "photo.empty"));
        Uploads.Rule small = new Uploads.Rule("photo", 100, Set.of(Type.PNG), "e", "big", "t");
        assertThat(refusal(() -> uploads.check(small, new Upload("a.png", null, TestImages.png(64, 64)))).messageCode())
                .isEqualTo("big");
    }

    @Test
    void evidenceIsAPdfThatOpensOrTheOfficeDocumentItsNameSays() throws IOException {
        byte[] pdf = TestImages.pdf();
        assertThat(uploads.check(EVIDENCE, new Upload("bao-cao.pdf", "application/pdf", pdf)).bytes()).isEqualTo(pdf);
        byte[] fake = "%PDF-1.7\nnot really\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(() -> uploads.check(EVIDENCE, new Upload("bao-cao.pdf", null, fake))).messageCode())
                .isEqualTo("upload.broken");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Báo cáo kết quả");
            doc.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(12);
            book.write(xlsx);
        }
        assertThat(uploads.check(EVIDENCE, new Upload("bao-cao.docx", null, docx.toByteArray())).type()).isEqualTo(Type.DOCX);
        assertThat(uploads.check(EVIDENCE, new Upload("so-lieu.xlsx", null, xlsx.toByteArray())).type()).isEqualTo(Type.XLSX);
        assertThat(refusal(() -> uploads.check(EVIDENCE, new Upload("so-lieu.docx", null, xlsx.toByteArray()))).messageCode())
                .isEqualTo("upload.mismatch");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("không phải văn bản Word".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(() -> uploads.check(EVIDENCE, new Upload("bao-cao.docx", null, zip.toByteArray()))).messageCode())
                .isEqualTo("task.evidence.file.type");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("Số liệu");
            book.write(xls);
        }
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertThat(uploads.check(EVIDENCE, new Upload("so-lieu.xls", "application/vnd.ms-excel", xls.toByteArray())).type())
                .isEqualTo(Type.XLS);
        assertThat(uploads.check(EVIDENCE, new Upload("cong-van.doc", null, doc.toByteArray())).type()).isEqualTo(Type.DOC);
        assertThat(refusal(() -> uploads.check(EVIDENCE, new Upload("so-lieu.doc", null, xls.toByteArray()))).messageCode())
                .isEqualTo("upload.mismatch");
        assertThat(refusal(() -> uploads.check(IMAGES, new Upload("anh.jpg", null, TestImages.truncated(docx.toByteArray()))))
                .messageCode()).as("a photo use does not open zips").isEqualTo("photo.notImage");
        byte[] cut = TestImages.truncated(docx.toByteArray());
        assertThat(refusal(() -> uploads.check(EVIDENCE, new Upload("bao-cao.docx", null, cut))).messageCode())
                .isEqualTo("upload.broken");
        assertThat(refusal(() -> uploads.check(EVIDENCE, new Upload("anh.png", null, TestImages.pngHeader(30_000, 30_000))))
                .messageCode()).as("images among the evidence get the pixel limit").isEqualTo("upload.image.pixels");
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new Uploads(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
