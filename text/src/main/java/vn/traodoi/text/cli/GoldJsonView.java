package vn.traodoi.text.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.extract.ExtractedRecord;

/** The evaluation schema's reading of single fields, for tests and tools that compare one field at a time. */
public final class GoldJsonView {

    private GoldJsonView() {
    }

    /** "incoming", "outgoing", "workshop", "other", or null for unknown. */
    public static @Nullable String kind(ExtractedRecord r) {
        String quoted = GoldJson.kind(r);
        return quoted == null ? null : quoted.substring(1, quoted.length() - 1);
    }

    /** ISO days of the event, XXXX for a year neither the text nor its dateline gives. */
    public static List<String> eventDates(ExtractedRecord r) {
        return GoldJson.eventDates(r);
    }
}
