package vn.traodoi.delegation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The general information of a delegation, as the form and the API send it. */
public record DelegationForm(
        @NotNull(message = "{validation.required}") @Nullable DelegationKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") @Nullable String title,
        @Size(max = 5000, message = "{validation.tooLong}") @Nullable String purpose,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate startDate,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate endDate,
        @Nullable Boolean monthOnly,
        @Min(value = 1, message = "{delegation.count.positive}") @Max(value = 100000, message = "{delegation.count.positive}")
        @Nullable Integer declaredMemberCount,
        int version) {

    /** An unchecked box sends nothing: absent means the dates are known to the day. */
    public boolean isMonthOnly() {
        return Boolean.TRUE.equals(monthOnly);
    }

    public static DelegationForm empty() {
        return new DelegationForm(null, null, null, null, null, false, null, 0);
    }

    public static DelegationForm of(Delegation d) {
        return new DelegationForm(d.kind(), d.title(), d.purpose(), d.startDate(), d.endDate(),
                d.datePrecision() == Delegation.DatePrecision.MONTH, d.declaredMemberCount(), d.version());
    }
}
