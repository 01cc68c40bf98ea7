package vn.traodoi.place;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What the organization form and the API send; never bound to the stored record itself. */
record OrganizationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String name,
        @Size(max = 120, message = "{validation.tooLong}") @Nullable String shortName,
        @NotNull(message = "{validation.required}") @Nullable OrganizationKind kind,
        @Nullable Long parentId,
        @Nullable Long unitId,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validFrom,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validTo,
        @Size(max = 2000, message = "{validation.tooLong}") @Nullable String note,
        int version) {

    @AssertTrue(message = "{organization.validity.order}")
    public boolean isValidityOrdered() {
        return validFrom == null || validTo == null || !validFrom.isAfter(validTo);
    }

    public static OrganizationForm empty() {
        return new OrganizationForm(null, null, null, null, null, null, null, null, 0);
    }

    public static OrganizationForm of(Organization o) {
        return new OrganizationForm(o.name(), o.shortName(), o.kind(), o.parentId(), o.unitId(), o.validFrom(),
                o.validTo(), o.note(), o.version());
    }
}
