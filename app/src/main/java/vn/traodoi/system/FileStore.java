package vn.traodoi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A folder of uploaded files under the data directory, outside anything the web server serves: each file is stored
 * under a random name, and only such names are ever resolved (no path from a user reaches the file system).
 */
public final class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

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

    /**
     * Deletes these stored files once the transaction that removed their rows commits (at once outside a transaction):
     * a removal rolled back keeps them. A file that cannot be deleted is logged and left, never an error.
     */
    public void deleteAfterCommit(Collection<String> storageNames) {
        List<Path> paths = storageNames.stream().map(this::path).toList();
        if (paths.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            paths.forEach(FileStore::delete);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                paths.forEach(FileStore::delete);
            }
        });
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("A removed file could not be deleted: {} ({})", path, e.getMessage());
        }
    }
}
