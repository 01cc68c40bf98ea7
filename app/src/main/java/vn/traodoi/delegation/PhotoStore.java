package vn.traodoi.delegation;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;

/**
 * Photos of sessions, kept in {@code <data-dir>/files/photos} (outside anything the web server serves) under a
 * random name, after checking that the bytes are a JPEG, PNG or WebP image, whatever the file name says.
 */
@Component
class PhotoStore {

    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final FileStore files;

    PhotoStore(TraodoiProperties properties) {
        this.files = new FileStore(properties, "photos");
    }

    /** The image type the bytes really are, or empty when they are no image traodoi accepts. */
    static Optional<String> imageType(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of("image/png");
        }
        if (bytes.length > 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    String save(byte[] bytes) {
        return files.save(bytes);
    }

    Path path(String storageName) {
        return files.path(storageName);
    }
}
