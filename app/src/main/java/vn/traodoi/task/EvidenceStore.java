package vn.traodoi.task;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;

/**
 * Evidence files of tasks, kept in {@code <data-dir>/files/evidence} under a random name, after checking what the
 * bytes really are: PDF, Word or Excel (.docx, .xlsx, .doc, .xls) or a JPEG or PNG image.
 */
@Component
class EvidenceStore {

    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final FileStore files;

    EvidenceStore(TraodoiProperties properties) {
        this.files = new FileStore(properties, "evidence");
    }

    /** The content type of an accepted file, judged on its bytes and (for Office files) its extension. */
    static Optional<String> contentType(String fileName, byte[] b) {
        String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return Optional.of("application/pdf");
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        boolean zip = b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole = b.length > 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
        return switch (ext) {
            case "docx" -> zip ? Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    : Optional.empty();
            case "xlsx" -> zip ? Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    : Optional.empty();
            case "doc" -> ole ? Optional.of("application/msword") : Optional.empty();
            case "xls" -> ole ? Optional.of("application/vnd.ms-excel") : Optional.empty();
            default -> Optional.empty();
        };
    }

    String save(byte[] bytes) {
        return files.save(bytes);
    }

    Path path(String storageName) {
        return files.path(storageName);
    }
}
