package vn.traodoi.delegation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A stop: the host organization, and the province when the host is not known (seed 004: "tại tỉnh Quảng Ninh")
 * or has none on record.
 */
public record StopForm(
        @Nullable Long hostOrganizationId,
        @Nullable Long unitId,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate startDate,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate endDate,
        int version) {

    public static StopForm empty() {
        return new StopForm(null, null, null, null, 0);
    }
}
