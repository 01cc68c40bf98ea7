package vn.traodoi.ingest;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.traodoi.text.extract.ArticleExtractor;
import vn.traodoi.text.extract.ExtractedRecord;

/**
 * The text library's reading of an article, with the day that completes a date written without its year (the day the
 * article was imported, when it has no dateline).
 */
@Component
class ArticleReader {

    private final ArticleExtractor extractor = ArticleExtractor.standard();

    ExtractedRecord read(String normalizedText, LocalDate reference) {
        return extractor.extract(normalizedText, reference);
    }
}
