package vn.traodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates as officials write them: a trip known only by its month is "tháng 12/2022", never 01/12 – 31/12/2022. */
class DatesTests {

    final Dates dates;

    DatesTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        dates = new Dates(messages);
    }

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2022-12-01, 2022-12-31, true,  tháng 12/2022",
            "2022-12-01, -,          true,  tháng 12/2022",
            "2022-12-01, 2022-12-31, false, 01/12/2022 – 31/12/2022",
            "2022-07-21, 2022-07-22, false, 21/07/2022 – 22/07/2022",
            "2022-08-09, 2022-08-09, false, 09/08/2022",
            "2022-08-09, -,          false, từ 09/08/2022",
            "-,          -,          true,  chưa rõ thời gian"})
    void aRangeIsWrittenAsKnown(@Nullable LocalDate start, @Nullable LocalDate end, boolean monthOnly, String written) {
        assertThat(dates.range(start, end, monthOnly)).isEqualTo(written);
    }
}
