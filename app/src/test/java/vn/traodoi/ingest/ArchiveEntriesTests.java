package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.traodoi.system.InvalidInputException;

class ArchiveEntriesTests {

    static List<ArchiveEntries.Entry> read(ArchiveEntries.Upload... uploads) {
        List<ArchiveEntries.Entry> out = new ArrayList<>();
        ArchiveEntries.read(List.of(uploads), out::add);
        return out;
    }

    static ArchiveEntries.Upload upload(String name, byte[] bytes) {
        return new ArchiveEntries.Upload(name, bytes);
    }

    static String reason(List<ArchiveEntries.Entry> entries, String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entries.stream().map(ArchiveEntries.Entry::name).toList())).refusal();
    }

    @Nested
    class AZipOfArticles {

        @Test
        void givesEachArticleWithItsBytesInTheArchivesOrder() {
            byte[] zip = ArchiveZips.zip().text("2024/a.txt", "Bài một").text("b.html", "<p>Bài hai</p>").build();
            List<ArchiveEntries.Entry> entries = read(upload("kho.zip", zip));
            assertThat(entries).extracting(ArchiveEntries.Entry::name).containsExactly("2024/a.txt", "b.html");
            assertThat(new String(entries.getFirst().bytes(), StandardCharsets.UTF_8)).isEqualTo("Bài một");
            assertThat(entries).allSatisfy(e -> assertThat(e.refusal()).isNull());
        }

        @Test
        void refusesEachEntryThatCannotBeAnArticleWithItsReasonAndKeepsTheOthers() {
            byte[] zip = ArchiveZips.zip()
                    .text("../../etc/passwd.txt", "root")
                    .text("/tuyet-doi.txt", "x")
                    .text("C:\\Windows\\a.txt", "x")
                    .bytes("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                    .bytes("lon.txt", new byte[ArticleText.MAX_BYTES + 1])
                    .text("tot.txt", "Bài viết tốt")
                    .build();
            List<ArchiveEntries.Entry> entries = read(upload("kho.zip", zip));
            assertThat(entries).extracting(ArchiveEntries.Entry::name).hasSize(6).contains("tot.txt", "anh.png");
            assertThat(reason(entries, "../../etc/passwd.txt")).isEqualTo("import.archive.entry.path");
            assertThat(reason(entries, "/tuyet-doi.txt")).isEqualTo("import.archive.entry.path");
            assertThat(reason(entries, "C:/Windows/a.txt")).as("read with its backslashes as slashes")
                    .isEqualTo("import.archive.entry.path");
            assertThat(reason(entries, "anh.png")).isEqualTo("import.file.type");
            assertThat(reason(entries, "lon.txt")).isEqualTo("import.file.tooLarge");
            assertThat(reason(entries, "tot.txt")).isNull();
            assertThat(entries.stream().filter(e -> e.refusal() != null)).allSatisfy(e -> assertThat(e.bytes()).isNull());
        }

        @Test
        void refusesAnEntryThatInflatesFarBeyondItsCompressedSize() {
            byte[] zeros = new byte[1024 * 1024];
            byte[] zip = ArchiveZips.zip().bytes("bom.txt", zeros).text("a.txt", "Bài").build();
            assertThat(zip.length).as("a megabyte of zeros deflates to almost nothing").isLessThan(5000);
            List<ArchiveEntries.Entry> entries = read(upload("kho.zip", zip));
            assertThat(reason(entries, "bom.txt")).isEqualTo("import.archive.entry.bomb");
            assertThat(reason(entries, "a.txt")).isNull();
        }

        @Test
        void leavesOutDirectoriesAndWhatMacOsAdds() {
            byte[] zip = ArchiveZips.zip().text("__MACOSX/._a.txt", "x").text("._b.txt", "x").text(".DS_Store", "x")
                    .text("a.txt", "Bài").build();
            assertThat(read(upload("kho.zip", zip))).extracting(ArchiveEntries.Entry::name).containsExactly("a.txt");
        }

        @Test
        void keepsANonUtf8EntryForTheReadingToRefuse() {
            byte[] legacy = "Thành phố".getBytes(Charset.forName("windows-1258"));
            List<ArchiveEntries.Entry> entries = read(upload("kho.zip", ArchiveZips.zip().bytes("cu.txt", legacy).build()));
            assertThat(entries.getFirst().refusal()).isNull();
            assertThatThrownBy(() -> ArticleText.fromUpload("cu.txt", entries.getFirst().bytes()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst()
                            .messageCode()).isEqualTo("import.file.encoding"));
        }
    }

    @Nested
    class AnArchiveRefusedWhole {

        @Test
        void whenItIsNoZipAtAll() {
            byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
            assertThatThrownBy(() -> read(upload("hong.zip", broken))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems().getFirst().messageCode()).isEqualTo("import.archive.broken"));
        }

        @Test
        void whenItHoldsNoArticle() {
            byte[] empty = ArchiveZips.zip().text("__MACOSX/._a.txt", "x").build();
            assertThatThrownBy(() -> read(upload("rong.zip", empty))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems().getFirst().messageCode()).isEqualTo("import.archive.empty"));
            assertThatThrownBy(() -> read()).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void whenItHasMoreEntriesThanAllowed() {
            ArchiveZips many = ArchiveZips.zip();
            for (int i = 0; i <= ArchiveEntries.MAX_ENTRIES; i++) {
                many.text(i + ".txt", "x");
            }
            assertThatThrownBy(() -> read(upload("nhieu.zip", many.build())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst()
                            .messageCode()).isEqualTo("import.archive.tooMany"));
        }
    }

    @Test
    void takesPlainFilesAsArticlesAndAnyZipByItsBytes() {
        byte[] zip = ArchiveZips.zip().text("trong.txt", "Bài trong tệp nén").build();
        List<ArchiveEntries.Entry> entries = read(upload("a.txt", "Bài a".getBytes(StandardCharsets.UTF_8)),
                upload("khong-duoi", zip), upload("b.docx", new byte[] {1, 2}));
        assertThat(entries).extracting(ArchiveEntries.Entry::name).containsExactly("a.txt", "trong.txt", "b.docx");
        assertThat(reason(entries, "b.docx")).isEqualTo("import.file.type");
    }

    @ParameterizedTest
    @CsvSource({"../a.txt, true", "a/../../b.txt, true", "/a.txt, true", "\\a.txt, true", "D:/a.txt, true",
            "a/b.txt, false", "a..b.txt, false", "..a.txt, false"})
    void aNameThatLeavesTheArchiveIsUnsafe(String name, boolean unsafe) {
        assertThat(ArchiveEntries.unsafe(name)).isEqualTo(unsafe);
    }
}
