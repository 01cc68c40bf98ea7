package vn.traodoi.place;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A province or centrally-run city as it existed between {@code validFrom} and {@code validTo}
 * (either may be open). {@code unitSet} is {@code old63} or {@code new34}; the GSO code alone is not
 * unique because many codes were kept by the merged units.
 */
public record AdministrativeUnit(
        long id,
        String unitSet,
        String gsoCode,
        String nameVi,
        String fullNameVi,
        @Nullable String formerFullNameVi,
        @Nullable LocalDate renamedOn,
        String nameAscii,
        String nameEn,
        String fullNameEn,
        String unitTypeVi,
        String unitTypeEn,
        @Nullable String regionVi,
        @Nullable String regionEn,
        @Nullable String iso31662,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Long successorId,
        @Nullable String politicalCenter,
        @Nullable String laterChangeNote,
        String source) {

    public boolean validAt(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** The official name on that date: "Tỉnh Thừa Thiên Huế" in 2024, "Thành phố Huế" in 2025. */
    public String fullNameAt(LocalDate date) {
        return formerFullNameVi != null && renamedOn != null && date.isBefore(renamedOn) ? formerFullNameVi : fullNameVi;
    }

    /**
     * The official name on that date, or as it is named now when the date is not known.
     *
     * <pre>
     * Huế: fullNameOn(2022-12-01) → "Tỉnh Thừa Thiên Huế"; fullNameOn(2025-03-01) → "Thành phố Huế"; fullNameOn(null) → "Thành phố Huế"
     * </pre>
     */
    public String fullNameOn(@Nullable LocalDate date) {
        return date == null ? fullNameVi : fullNameAt(date);
    }

    public boolean beforeReform() {
        return unitSet.equals("old63");
    }
}
