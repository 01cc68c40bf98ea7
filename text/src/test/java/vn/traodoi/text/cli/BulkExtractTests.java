package vn.traodoi.text.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.traodoi.text.extract.ArticleExtractor;
import vn.traodoi.text.extract.Evaluation;

class BulkExtractTests {

    @Test
    void writesOneJsonObjectWithEveryFactAndItsSpan() {
        String json = BulkExtract.toJson("001.txt",
                ArticleExtractor.standard().extract(Evaluation.seed("001_69676b97deb71c3b"), Evaluation.IMPORT_DATE));
        assertThat(json).startsWith("{\"file\":\"001.txt\"").endsWith("}").doesNotContain("\n")
                .contains("\"memberCounts\":[{\"value\":57,\"span\":[")
                .contains("{\"value\":\"Công văn 683/SNV-CCVC\",\"issuedOn\":null")
                .contains("\"event\":\"INCOMING_DELEGATION\"");
    }

    @Test
    void escapesWhatJsonMustEscape() {
        assertThat(BulkExtract.q("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
