package vn.traodoi.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips for the archive tests, entry by entry as written: names are taken as they are (a "../" too), so that a test
 * can make the archives an attacker would.
 */
final class ArchiveZips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static ArchiveZips zip() {
        return new ArchiveZips();
    }

    ArchiveZips text(String name, String text) {
        entries.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ArchiveZips bytes(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
