package vn.traodoi.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one check of every uploaded file (session photos, news photos, task evidence): its size, its type judged on its
 * bytes ({@link FileSignatures}; the name and the declared type must say the same), and its content. An image of at
 * most {@code traodoi.uploads.max-megapixels} (40) is decoded and written anew ({@link ImageRewriter}), so that no
 * metadata (EXIF with GPS position, XMP, comments) and nothing hidden after the image is ever stored or served. A JPEG
 * stays a JPEG and a PNG a PNG; a WebP becomes a JPEG (a PNG if it has transparency). A PDF must open as one; a Word or
 * Excel file must be the document its extension says.
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

    private final ImageRewriter images;

    Uploads(@Value("${traodoi.uploads.max-megapixels:40}") int maxMegapixels) {
        this.images = new ImageRewriter(maxMegapixels);
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
        Type type = FileSignatures.typeOf(rule, bytes).filter(rule.types()::contains)
                .orElseThrow(() -> new InvalidInputException(rule.field(), rule.typeCode()));
        String extension = extension(upload.baseName());
        if (!extension.isEmpty() && !type.extensions.contains(extension)
                || Type.declared(upload.declaredType()).filter(t -> t != type).isPresent()) {
            throw new InvalidInputException(rule.field(), MISMATCH);
        }
        return switch (type) {
            case JPEG, PNG, WEBP -> images.rewrite(rule, type, bytes);
            case PDF -> pdf(rule, bytes);
            case DOCX, XLSX, DOC, XLS -> new Checked(type, bytes);
        };
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

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
