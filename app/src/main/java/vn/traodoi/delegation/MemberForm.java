package vn.traodoi.delegation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member: an existing person ({@code personId}), a new person typed as "Tạ Văn Dũng, Chánh Văn phòng UBND tỉnh"
 * ({@code newPerson}), or an unnamed group ({@code group}). Exactly one of the three.
 */
public record MemberForm(
        @NotNull(message = "{validation.required}") @Nullable MemberRole role,
        @Nullable Long personId,
        @Size(max = 400, message = "{validation.tooLong}") @Nullable String newPerson,
        @Size(max = 100, message = "{validation.tooLong}") @Nullable String nationality,
        @Size(max = 1000, message = "{validation.tooLong}") @Nullable String group,
        @Nullable Long organizationId,
        int version) {

    public static MemberForm empty() {
        return new MemberForm(MemberRole.MEMBER, null, null, null, null, null, 0);
    }
}
