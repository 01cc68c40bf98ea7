package vn.traodoi.system;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one check of every uploaded file (session photos, news photos, task evidence): its size, its type judged on its
 * bytes (the name and the declared type must say the same), and its content. An image's header is read first and an
 * image of more than {@code traodoi.uploads.max-megapixels} (40) is refused before a pixel is decoded; it is then
 * decoded whole (a broken or truncated one is refused), turned upright by its EXIF orientation and written anew, so
 * that no metadata (EXIF with GPS position, XMP, comments) and nothing hidden after the image is ever stored or served.
 * A JPEG stays a JPEG and a PNG a PNG; a WebP, which no bundled library writes, becomes a JPEG (a PNG if it has
 * transparency). A PDF must open as one; a Word or Excel file must be the document its extension says.
 */
@Component
public class Uploads {

    /** A kind of file traodoi accepts: its content type and the extensions a file of it may be named with. */
    public enum Type {
        JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
        PNG("image/png", "png"),
        WEBP("image/webp", "webp"),
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        DOC("application/msword", "doc"),
        XLS("application/vnd.ms-excel", "xls");

        private final String contentType;
        private final Set<String> extensions;

        Type(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = Set.of(extensions);
        }

        public String contentType() {
            return contentType;
        }

        public boolean image() {
            return this == JPEG || this == PNG || this == WEBP;
        }

        /** The type a browser's declared content type names, if it names one of these (aliases included). */
        static Optional<Type> declared(@Nullable String contentType) {
            if (contentType == null) {
                return Optional.empty();
            }
            String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return switch (bare) {
                case "image/jpg", "image/pjpeg" -> Optional.of(JPEG);
                case "image/x-png" -> Optional.of(PNG);
                case "application/x-pdf" -> Optional.of(PDF);
                default -> Arrays.stream(values()).filter(t -> t.contentType.equals(bare)).findFirst();
            };
        }
    }

    /**
     * What one use accepts: the form field its problems are shown beside, the largest file, the types, and the message
     * codes of its own refusals (no file, too large, a type it does not take).
     */
    public record Rule(String field, long maxBytes, Set<Type> types, String emptyCode, String tooLargeCode,
            String typeCode) {

        public Rule {
            types = Set.copyOf(types);
        }
    }

    /** An accepted file: its type and the bytes to store (an image's re-encoded bytes). */
    public record Checked(Type type, byte[] bytes) {

        public String contentType() {
            return type.contentType();
        }
    }

    static final String MISMATCH = "upload.mismatch";
    static final String BROKEN = "upload.broken";
    static final String IMAGE_BROKEN = "upload.image.broken";
    static final String IMAGE_PIXELS = "upload.image.pixels";
    private static final float JPEG_QUALITY = 0.9f;

    private final int maxMegapixels;
    /** Decoding is work for a processor and holds the pixels: as many at once as there are processors, no more. */
    private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    Uploads(@Value("${traodoi.uploads.max-megapixels:40}") int maxMegapixels) {
        if (maxMegapixels < 1) {
            throw new IllegalArgumentException("traodoi.uploads.max-megapixels must be positive, was " + maxMegapixels);
        }
        this.maxMegapixels = maxMegapixels;
        // The JPEG and WebP readers of TwelveMonkeys are found on the class path of the application, whichever class
        // loader ImageIO first looked in.
        ImageIO.scanForPlugins();
    }

    /** The file if {@code rule} accepts it, with the bytes to store; otherwise an {@link InvalidInputException}. */
    public Checked check(Rule rule, Upload upload) {
        byte[] bytes = upload.bytes();
        if (bytes.length == 0) {
            throw new InvalidInputException(rule.field(), rule.emptyCode());
        }
        if (bytes.length > rule.maxBytes()) {
            throw new InvalidInputException(rule.field(), rule.tooLargeCode());
        }
        Type type = typeOf(rule, bytes).filter(rule.types()::contains)
                .orElseThrow(() -> new InvalidInputException(rule.field(), rule.typeCode()));
        String extension = extension(upload.baseName());
        if (!extension.isEmpty() && !type.extensions.contains(extension)
                || Type.declared(upload.declaredType()).filter(t -> t != type).isPresent()) {
            throw new InvalidInputException(rule.field(), MISMATCH);
        }
        return switch (type) {
            case JPEG, PNG, WEBP -> image(rule, type, bytes);
            case PDF -> pdf(rule, bytes);
            case DOCX, XLSX, DOC, XLS -> new Checked(type, bytes);
        };
    }

    /** What the bytes are, whatever the name says; an Office file by what its package holds. */
    private static Optional<Type> typeOf(Rule rule, byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Type.JPEG);
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Type.PNG);
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(Type.WEBP);
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(Type.PDF);
        }
        // A zip or an OLE2 container is opened only for a use that takes Office files.
        if (starts(b, 'P', 'K', 3, 4) && (rule.types().contains(Type.DOCX) || rule.types().contains(Type.XLSX))) {
            return officeOpenXml(rule, b);
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)
                && (rule.types().contains(Type.DOC) || rule.types().contains(Type.XLS))) {
            return compoundDocument(rule, b);
        }
        return Optional.empty();
    }

    /** A .docx or .xlsx by the main part its zip lists (the directory only: nothing is inflated). */
    private static Optional<Type> officeOpenXml(Rule rule, byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(Type.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(Type.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(rule.field(), BROKEN);
        }
    }

    /** A .doc or .xls by the stream its OLE2 container holds. */
    private static Optional<Type> compoundDocument(Rule rule, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Optional.of(Type.DOC);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Optional.of(Type.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(rule.field(), BROKEN);
        }
    }

    private static Checked pdf(Rule rule, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() == 0) {
                throw new InvalidInputException(rule.field(), BROKEN);
            }
        } catch (InvalidPasswordException e) {
            // Opened far enough to ask for its password: a PDF, which those who know the password can read.
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException(rule.field(), BROKEN);
        }
        return new Checked(Type.PDF, bytes);
    }

    private Checked image(Rule rule, Type type, byte[] bytes) {
        decoding.acquireUninterruptibly();
        try {
            BufferedImage image = decode(rule, type, bytes);
            if (type == Type.JPEG) {
                image = upright(image, orientation(bytes));
            }
            Type stored = type == Type.WEBP ? image.getColorModel().hasAlpha() ? Type.PNG : Type.JPEG : type;
            try {
                return new Checked(stored, stored == Type.JPEG ? jpeg(image) : png(image));
            } catch (IOException | RuntimeException e) {
                throw new InvalidInputException(rule.field(), IMAGE_BROKEN);
            }
        } finally {
            decoding.release();
        }
    }

    /** The pixels, after the header said there are not too many of them; a decoder's complaint of missing data refuses. */
    private BufferedImage decode(Rule rule, Type type, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            // A JPEG's metadata says how to read its colours (ICC profile, Adobe CMYK marker); it is not kept.
            reader.setInput(in, true, type != Type.JPEG);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > maxMegapixels * 1_000_000L) {
                throw new InvalidInputException(rule.field(), IMAGE_PIXELS, Math.round(pixels / 100_000.0) / 10.0,
                        maxMegapixels);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (warnings.stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(w -> w.contains("truncated") || w.contains("premature end"))) {
                throw new InvalidInputException(rule.field(), IMAGE_BROKEN);
            }
            return image;
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(rule.field(), IMAGE_BROKEN);
        } finally {
            reader.dispose();
        }
    }

    /** A JPEG's EXIF orientation (1 to 8), 1 when it has none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif")) {
                InputStream data = segment.data();
                if (data.read() == -1) { // the pad byte after "Exif\0"
                    continue;
                }
                try (ImageInputStream tiff = new MemoryCacheImageInputStream(data)) {
                    Directory ifd = new TIFFReader().read(tiff);
                    Entry entry = ifd.getEntryById(TIFF.TAG_ORIENTATION);
                    if (entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                        return n.intValue();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable EXIF block says nothing about how to turn the image; it is dropped with the rest.
        }
        return 1;
    }

    /** The image as EXIF orientation {@code o} says it is to be seen (mirrored and turned by quarter turns). */
    static BufferedImage upright(BufferedImage image, int o) {
        if (o == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (o) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> throw new IllegalArgumentException("EXIF orientation " + o);
        };
        boolean turned = o >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, rgbOrGray(image));
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int rgbOrGray(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
    }

    /** A baseline JPEG of the image in sRGB (or grey), quality 0.9, with a JFIF header and nothing else. */
    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage plain = image;
        int target = rgbOrGray(image);
        if (image.getType() != target || !image.getColorModel().getColorSpace().isCS_sRGB() && target != BufferedImage.TYPE_BYTE_GRAY) {
            plain = new BufferedImage(image.getWidth(), image.getHeight(), target);
            Graphics2D g = plain.createGraphics();
            try {
                g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            } finally {
                g.dispose();
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(plain, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A PNG of the image's pixels, with no ancillary chunk (no text, no eXIf, no time). */
    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", stream)) {
                BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = argb.createGraphics();
                try {
                    g.drawImage(image, 0, 0, null);
                } finally {
                    g.dispose();
                }
                ImageIO.write(argb, "png", stream);
            }
        }
        return out.toByteArray();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
