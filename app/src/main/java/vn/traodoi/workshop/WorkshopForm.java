package vn.traodoi.workshop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.traodoi.delegation.PartOfDay;

/** The general information of a workshop as the form sends it; only the two titles are required. */
public record WorkshopForm(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") @Nullable String title,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") @Nullable String projectTitle,
        @Size(max = 500, message = "{validation.tooLong}") @Nullable String steeringCommittee,
        @Size(max = 500, message = "{validation.tooLong}") @Nullable String supportGroup,
        @Size(max = 500, message = "{validation.tooLong}") @Nullable String consultant,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate heldOn,
        @Nullable PartOfDay partOfDay,
        @Size(max = 500, message = "{validation.tooLong}") @Nullable String place,
        @Size(max = 500, message = "{validation.tooLong}") @Nullable String chair,
        @Size(max = 10000, message = "{validation.tooLong}") @Nullable String agenda,
        @Size(max = 20000, message = "{validation.tooLong}") @Nullable String conclusions,
        int version) {

    public static WorkshopForm empty() {
        return new WorkshopForm(null, null, null, null, null, null, null, null, null, null, null, 0);
    }

    public static WorkshopForm of(Workshop w) {
        return new WorkshopForm(w.title(), w.projectTitle(), w.steeringCommittee(), w.supportGroup(), w.consultant(),
                w.heldOn(), w.partOfDay(), w.place(), w.chair(), w.agenda(), w.conclusions(), w.version());
    }
}
