package vn.traodoi.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new person, with the position they hold (if known). */
public record PersonForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String fullName,
        @Size(max = 40, message = "{validation.tooLong}") @Nullable String honorific,
        @Size(max = 100, message = "{validation.tooLong}") @Nullable String nationality,
        @Size(max = 300, message = "{validation.tooLong}") @Nullable String title,
        @Nullable Long organizationId,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validFrom,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validTo,
        @Size(max = 2000, message = "{validation.tooLong}") @Nullable String note) {

    public static PersonForm empty() {
        return new PersonForm(null, null, null, null, null, null, null, null);
    }
}
