package vn.traodoi.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A title held in an organization between two dates (either may be unknown). */
public record Position(long id, long personId, String title, @Nullable Long organizationId,
        @Nullable String organizationName, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

    public boolean validAt(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** "Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh", or the title alone when no organization is known. */
    public String describe() {
        return organizationName == null || title.contains(organizationName) ? title : title + " " + organizationName;
    }
}
