package vn.traodoi.place;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a free-text place name means on a date.
 *
 * @param named        the unit the text names ("Bình Dương" names the old province)
 * @param variant      the known name that matched the text
 * @param exact        whether the text is a known name (ignoring diacritics, case and punctuation) or only similar
 * @param atDate       the unit valid on {@code date}; null when the text names a unit created later from
 *                     several units and it is not known which one is meant
 * @param atDateCandidates the units it may have been on that date when {@code atDate} is null
 * @param today        the unit valid today
 */
public record PlaceMatch(
        AdministrativeUnit named,
        String variant,
        boolean exact,
        LocalDate date,
        @Nullable AdministrativeUnit atDate,
        List<AdministrativeUnit> atDateCandidates,
        @Nullable AdministrativeUnit today) {

    /** Whether the unit named no longer exists on the date asked: merged, or renamed. */
    public boolean changedBy(LocalDate when) {
        return atDate != null && atDate.id() != named.id() && !named.validAt(when);
    }
}
