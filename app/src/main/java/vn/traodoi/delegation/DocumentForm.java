package vn.traodoi.delegation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A legal-basis document: "Kế hoạch số 196/KH-UBND ngày 12/07/2022 của UBND thành phố Hà Nội". */
public record DocumentForm(
        @NotNull(message = "{validation.required}") @Nullable DocumentType type,
        @Size(max = 100, message = "{validation.tooLong}") @Nullable String numberSymbol,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate issuedOn,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate receivedOn,
        @Nullable Long issuerId,
        @Size(max = 300, message = "{validation.tooLong}") @Nullable String issuerText,
        @Size(max = 1000, message = "{validation.tooLong}") @Nullable String summary,
        int version) {

    public static DocumentForm empty() {
        return new DocumentForm(null, null, null, null, null, null, null, 0);
    }
}
