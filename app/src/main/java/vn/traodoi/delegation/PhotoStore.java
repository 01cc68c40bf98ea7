package vn.traodoi.delegation;

import java.nio.file.Path;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.system.Uploads;

/**
 * Photos of sessions, kept in {@code <data-dir>/files/photos} (outside anything the web server serves) under a
 * random name, once {@link Uploads} has accepted them as JPEG, PNG or WebP images and written them anew.
 */
@Component
class PhotoStore {

    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final Uploads.Rule RULE = new Uploads.Rule("photo", MAX_BYTES,
            Set.of(Uploads.Type.JPEG, Uploads.Type.PNG, Uploads.Type.WEBP), "photo.empty", "photo.tooLarge", "photo.notImage");

    private final FileStore files;

    /** Where the photos are kept: {@code <data-dir>/files/photos}. */
    static FileStore files(TraodoiProperties properties) {
        return new FileStore(properties, "photos");
    }

    PhotoStore(TraodoiProperties properties) {
        this.files = files(properties);
    }

    String save(byte[] bytes) {
        return files.save(bytes);
    }

    Path path(String storageName) {
        return files.path(storageName);
    }
}
