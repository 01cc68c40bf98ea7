package vn.traodoi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
        // given a file written by a spreadsheet: a byte order mark, CRLF, a quoted comma, a doubled quote, a line break
        String file = "\uFEFFindex,province_name_vi,note\r\n"
                + "PAPI,Đà Nẵng,\"Nhóm cao nhất, 2022\"\r\n"
                + "SIPAS,Thừa Thiên Huế,\"Báo cáo ghi \"\"đồng hạng\"\"\nvới Quảng Ninh\"\r\n"
                + "\r\n";
        // when it is read
        List<CsvReader.Row> rows = CsvReader.read(new StringReader(file));
        // then each row maps the header to its fields, numbered as the file's lines, the blank line left out
        assertThat(rows).containsExactly(
                new CsvReader.Row(2, Map.of("index", "PAPI", "province_name_vi", "Đà Nẵng", "note", "Nhóm cao nhất, 2022")),
                new CsvReader.Row(3, Map.of("index", "SIPAS", "province_name_vi", "Thừa Thiên Huế",
                        "note", "Báo cáo ghi \"đồng hạng\"\nvới Quảng Ninh")));
    }

    @Test
    void anEmptyFieldIsEmptyAndAMissingColumnIsAnError() {
        CsvReader.Row row = CsvReader.read(new StringReader("gso_code,score\n01,  \n")).getFirst();
        assertThat(row.get("score")).isEqualTo("  ");
        assertThat(row.getOrNull("score")).isNull();
        assertThatThrownBy(() -> row.get("rank")).hasMessageContaining("no column 'rank' in line 2");
    }

    @Test
    void aRowOfAnotherWidthOrAnOpenQuoteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CsvReader.read(new StringReader("a,b\n1,2\n3\n")))
                .hasMessage("line 3 has 1 fields, the header has 2");
        assertThatThrownBy(() -> CsvReader.read(new StringReader("a,b\n1,\"Hà Nội\n")))
                .hasMessageContaining("unterminated quoted field");
    }
}
