package vn.traodoi.system;

import java.nio.file.Path;

/** Another traodoi process already uses this data directory; its data is left untouched. */
final class DataDirectoryInUseException extends RuntimeException {

    private final Path directory;

    DataDirectoryInUseException(Path directory) {
        super("The data directory " + directory + " is in use by another traodoi process");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
