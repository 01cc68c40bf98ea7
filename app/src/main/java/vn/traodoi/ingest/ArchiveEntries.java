package vn.traodoi.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.InvalidInputException;

/**
 * The articles of an uploaded archive, entry by entry: a .zip read from its central directory (never from names or
 * sizes it merely declares), or plain .txt/.html files. An entry that cannot be an article keeps its row with the
 * reason (a message code) and the others go on; only an archive that cannot be read at all, or that would inflate
 * beyond the limits, is refused whole.
 *
 * <pre>
 * "bao-cao.zip" with 2024/a.txt, ../../etc/passwd, b.pdf, c.html
 *   → Entry("2024/a.txt", bytes), Entry("../../etc/passwd", refused "import.archive.entry.path"),
 *     Entry("b.pdf", refused "import.file.type"), Entry("c.html", bytes)
 * </pre>
 */
final class ArchiveEntries {

    /** The most entries one archive may hold. */
    static final int MAX_ENTRIES = 20_000;
    /** The most bytes all the entries of one archive may inflate to. */
    static final long MAX_TOTAL = 200L * 1024 * 1024;
    /** An entry that inflates more than this many times its compressed size is a zip bomb, not an article. */
    static final int MAX_RATIO = 100;
    /** Below this size an entry's ratio says nothing (a page of spaces compresses well). */
    private static final int RATIO_FLOOR = 64 * 1024;
    private static final int MAX_NAME = 500;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    /** An entry: its name in the archive, and its bytes, or the reason it is refused (then {@code bytes} is null). */
    record Entry(String name, byte @Nullable [] bytes, @Nullable String refusal) {

        static Entry refused(String name, String reason) {
            return new Entry(name, null, reason);
        }
    }

    private ArchiveEntries() {
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
    }

    /**
     * The entries of the uploaded files, in order, each file a .zip (by its bytes, whatever its name) or an article;
     * directories and the resource forks macOS adds to archives are left out. Refuses the whole upload when a zip
     * cannot be read, when there are no entries or more than {@value #MAX_ENTRIES}, or more than {@link #MAX_TOTAL}
     * bytes to inflate.
     */
    static void read(List<Upload> uploads, Consumer<Entry> into) {
        int entries = 0;
        long inflated = 0;
        List<Upload> files = uploads.stream().filter(u -> u.bytes().length > 0 || !u.name().isBlank()).toList();
        for (Upload upload : files) {
            if (isZip(upload.bytes())) {
                entries += count(upload);
            } else {
                entries++;
            }
        }
        if (entries == 0) {
            throw new InvalidInputException("file", "import.archive.empty");
        }
        if (entries > MAX_ENTRIES) {
            throw new InvalidInputException("file", "import.archive.tooMany", MAX_ENTRIES);
        }
        for (Upload upload : files) {
            if (isZip(upload.bytes())) {
                inflated = zip(upload, inflated, into);
            } else {
                Entry entry = file(name(upload.name()), upload.bytes());
                into.accept(entry);
                inflated += upload.bytes().length;
            }
            if (inflated > MAX_TOTAL) {
                throw new InvalidInputException("file", "import.archive.tooLarge", MAX_TOTAL / 1024 / 1024);
            }
        }
    }

    /** An uploaded file: its name as the browser sent it, and its bytes. */
    record Upload(String name, byte[] bytes) {
    }

    /** A plain file: an article when its name says .txt, .html or .htm and its size is within the limit. */
    static Entry file(String name, byte[] bytes) {
        String refusal = refusal(name, bytes.length);
        return refusal == null ? new Entry(name, bytes, null) : Entry.refused(name, refusal);
    }

    private static @Nullable String refusal(String name, long size) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".txt") && !lower.endsWith(".html") && !lower.endsWith(".htm")) {
            return "import.file.type";
        }
        if (size > ArticleText.MAX_BYTES) {
            return "import.file.tooLarge";
        }
        return null;
    }

    private static int count(Upload upload) {
        try (ZipFile zip = open(upload.bytes())) {
            int n = 0;
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (!skipped(e)) {
                    n++;
                }
            }
            return n;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "import.archive.broken", name(upload.name()));
        }
    }

    private static long zip(Upload upload, long inflatedBefore, Consumer<Entry> into) {
        long inflated = inflatedBefore;
        try (ZipFile zip = open(upload.bytes())) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (skipped(e)) {
                    continue;
                }
                Entry entry = entry(zip, e);
                into.accept(entry);
                if (entry.bytes() != null) {
                    inflated += entry.bytes().length;
                    if (inflated > MAX_TOTAL) {
                        throw new InvalidInputException("file", "import.archive.tooLarge", MAX_TOTAL / 1024 / 1024);
                    }
                }
            }
            return inflated;
        } catch (IOException e) {
            throw new InvalidInputException("file", "import.archive.broken", name(upload.name()));
        }
    }

    private static ZipFile open(byte[] bytes) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .setCharset(StandardCharsets.UTF_8).setUseUnicodeExtraFields(true).get();
    }

    /** Directories, and what macOS adds beside each file ("__MACOSX/…", "._a.txt", ".DS_Store"). */
    private static boolean skipped(ZipArchiveEntry e) {
        String name = e.getName().replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1);
        return e.isDirectory() || name.endsWith("/") || name.startsWith("__MACOSX/") || base.startsWith("._")
                || base.equals(".DS_Store");
    }

    private static Entry entry(ZipFile zip, ZipArchiveEntry e) throws IOException {
        String name = name(e.getName());
        if (unsafe(e.getName())) {
            return Entry.refused(name, "import.archive.entry.path");
        }
        if (e.getGeneralPurposeBit().usesEncryption() || e.getGeneralPurposeBit().usesStrongEncryption()) {
            return Entry.refused(name, "import.archive.entry.encrypted");
        }
        if (!zip.canReadEntryData(e)) {
            return Entry.refused(name, "import.archive.entry.unreadable");
        }
        String refusal = refusal(name, Math.max(0, e.getSize()));
        if (refusal != null) {
            return Entry.refused(name, refusal);
        }
        // The sizes an entry declares may lie: read at most what the limits allow and judge what came out.
        long compressed = Math.max(1, e.getCompressedSize());
        long most = Math.min(ArticleText.MAX_BYTES, Math.max(RATIO_FLOOR, compressed * MAX_RATIO));
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
            bytes = in.readNBytes((int) most + 1);
        } catch (IOException | RuntimeException broken) {
            return Entry.refused(name, "import.archive.entry.unreadable");
        }
        if (bytes.length > most) {
            return Entry.refused(name, most == ArticleText.MAX_BYTES ? "import.file.tooLarge" : "import.archive.entry.bomb");
        }
        return new Entry(name, bytes, null);
    }

    /** A name that climbs out of the archive or starts at a root: "../a.txt", "/etc/a.txt", "C:\a.txt". */
    static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The name as it is shown: control characters dropped, at most {@value #MAX_NAME} characters. */
    static String name(@Nullable String name) {
        String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
        if (shown.isEmpty()) {
            shown = "-";
        }
        return shown.length() > MAX_NAME ? shown.substring(0, MAX_NAME) : shown;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The archive's name: the upload's ("bai-viet.zip"), or the files' ("a.txt, b.html, …"). */
    static String title(List<Upload> uploads) {
        List<String> names = new ArrayList<>();
        uploads.forEach(u -> names.add(name(u.name())));
        String all = String.join(", ", names);
        return all.length() > 200 ? all.substring(0, 199) + "…" : all;
    }
}
