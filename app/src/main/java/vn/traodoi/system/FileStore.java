package vn.traodoi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A folder of uploaded files under the data directory, outside anything the web server serves: each file is stored
 * under a random name, and only such names are ever resolved (no path from a user reaches the file system).
 */
public final class FileStore {

    private final Path directory;

    public FileStore(TraodoiProperties properties, String folder) {
        this.directory = properties.dataDir().toAbsolutePath().normalize().resolve("files").resolve(folder);
    }

    /** Stores the bytes and returns their storage name. */
    public String save(byte[] bytes) {
        String name = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a file in " + directory, e);
        }
        return name;
    }

    public Path path(String storageName) {
        if (!storageName.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a stored file name: " + storageName);
        }
        return directory.resolve(storageName);
    }
}
