package vn.traodoi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSymbolTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            196/KH-UBND      | ADMINISTRATIVE
            683/SNV-CCVC     | ADMINISTRATIVE
            123/QĐ-UBND      | ADMINISTRATIVE
            15/TTr-SNV       | ADMINISTRATIVE
            1314/NQ-UBTVQH15 | ADMINISTRATIVE
            98/2023/QH15     | NORMATIVE
            136/2024/QH15    | NORMATIVE
            202/2025/QH15    | NORMATIVE
            30/2020/NĐ-CP    | NORMATIVE
            01/2024/TT-BNV   | NORMATIVE
            18-NQ/TW         | PARTY
            60-NQ/TW         | PARTY
            12-CT/TU         | PARTY
            """)
    void recognisesTheStandardForms(String symbol, DocumentSymbol.Family family) {
        assertThat(DocumentSymbol.classify(symbol)).contains(family);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            196 KH-UBND
            KH-UBND/196
            196/kh-ubnd
            số 196
            /KH-UBND
            196/
            ''
            """)
    void flagsEverythingElseWithoutRejectingIt(String symbol) {
        assertThat(DocumentSymbol.isStandard(symbol)).isFalse();
    }
}
