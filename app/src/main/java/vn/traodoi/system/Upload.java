package vn.traodoi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as a form sent it: the name and the content type the browser declared (neither trusted), and the bytes.
 * {@link Uploads#check} judges it.
 */
public record Upload(@Nullable String fileName, @Nullable String declaredType, byte[] bytes) {

    /** The file of a form's file field; a missing field is an empty upload, refused as such by the check. */
    public static Upload of(@Nullable MultipartFile file) {
        if (file == null) {
            return new Upload(null, null, new byte[0]);
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }

    /** The file name without any folder a browser may have sent ("C:\\ảnh\\a.jpg" → "a.jpg"), stripped; "" if none. */
    public String baseName() {
        String given = fileName == null ? "" : fileName.replace('\\', '/');
        return given.substring(given.lastIndexOf('/') + 1).strip();
    }
}
