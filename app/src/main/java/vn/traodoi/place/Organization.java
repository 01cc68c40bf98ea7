package vn.traodoi.place;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An organization: a People's Committee, a department, a ministry, a working group. It belongs to an
 * administrative unit as that unit was when the organization was recorded, and may have a parent.
 */
public record Organization(
        long id,
        String name,
        @Nullable String shortName,
        OrganizationKind kind,
        @Nullable Long parentId,
        @Nullable Long unitId,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String note,
        int version) {

    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }

    public boolean validAt(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
