package vn.traodoi.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.traodoi.system.Uploads.Rule;
import vn.traodoi.system.Uploads.Type;

/**
 * What an uploaded file is by its bytes, whatever its name says: the magic numbers of JPEG, PNG, WebP and PDF, and
 * for a zip or an OLE2 container (opened only for a use that takes Office files) the part it holds: a zip with
 * {@code word/document.xml} is a .docx.
 */
final class FileSignatures {

    private FileSignatures() {
    }

    /** What the bytes are, whatever the name says; an Office file by what its package holds. */
    static Optional<Type> typeOf(Rule rule, byte[] b) {
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
            throw new InvalidInputException(rule.field(), Uploads.BROKEN);
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
            throw new InvalidInputException(rule.field(), Uploads.BROKEN);
        }
    }

    static boolean starts(byte[] bytes, int... prefix) {
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
