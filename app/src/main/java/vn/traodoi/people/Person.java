package vn.traodoi.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person with the positions they held. {@code nationality} is null when not stated (most officials) and set
 * for foreign experts ("Hàn Quốc").
 */
public record Person(long id, String fullName, @Nullable String honorific, @Nullable String nationality,
        @Nullable String note, int version, List<Position> positions) {

    public Person {
        positions = List.copyOf(positions);
    }

    /** The position held on {@code date}; among several, the one that started last. */
    public Optional<Position> positionAt(@Nullable LocalDate date) {
        if (date == null) {
            return positions.size() == 1 ? Optional.of(positions.getFirst()) : Optional.empty();
        }
        return positions.stream().filter(p -> p.validAt(date))
                .max(Comparator.comparing(p -> p.validFrom() == null ? LocalDate.MIN : p.validFrom()));
    }

    public boolean foreign() {
        return nationality != null && !nationality.isBlank();
    }
}
