package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void quotesWhatNeedsQuotingAndReadsBackTheSame() {
        String csv = CsvWriter.csv(List.of(List.of("ten", "ghi_chu"),
                Arrays.asList("Sở Nội vụ, TP.HCM", "nói \"đúng hạn\"\nhai dòng"), Arrays.asList("Bộ Tư pháp", null)));
        assertThat(csv).startsWith("\uFEFFten,ghi_chu\r\n\"Sở Nội vụ, TP.HCM\",\"nói \"\"đúng hạn\"\"\nhai dòng\"\r\n");
        List<CsvReader.Row> rows = CsvReader.read(new StringReader(csv));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("ghi_chu")).isEqualTo("nói \"đúng hạn\"\nhai dòng");
        assertThat(rows.get(1).getOrNull("ghi_chu")).isNull();
    }

    @Test
    void keepsSpreadsheetFormulasAsText() {
        assertThat(CsvWriter.csv(List.of(List.of("=HYPERLINK(\"x\")", "-1", "@SUM")))).isEqualTo(
                "\uFEFF\"'=HYPERLINK(\"\"x\"\")\",'-1,'@SUM\r\n");
    }

    @Test
    void readsAHeaderWithAByteOrderMarkAndRejectsARaggedLine() {
        assertThat(CsvReader.read(new StringReader("\uFEFFa,b\r\n1,2\r\n")).getFirst().get("a")).isEqualTo("1");
        Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> CsvReader.read(new StringReader("a,b\n1,2,3\n")))
                .withMessageContaining("line 2");
    }
}
