package vn.traodoi.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent as a download under the name the user gave it (UTF-8 names kept), never cached by others. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<FileSystemResource> attachment(Path path, String fileName, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)
                        .build().toString())
                .header("Cache-Control", "private, no-store")
                .body(new FileSystemResource(path));
    }
}
