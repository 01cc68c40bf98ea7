package vn.traodoi.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.InvalidInputException.FieldProblem;

/** An invitation link for an outside expert; the token itself is shown once, only its hash is kept. */
record Invitation(long id, long workshopId, String expertName, @Nullable String organization,
        @Nullable String email, Instant expiresAt, @Nullable Instant revokedAt, Instant createdAt) {

    /** The longest an invitation may last, in days. */
    static final int MAX_DAYS = 90;

    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * The problems of an invitation asked for an expert ({@code name} and {@code email} already normalized, null when
     * blank): a name, an address of the shape a@b.c when one is given, and 1 to {@value #MAX_DAYS} days.
     */
    static List<FieldProblem> requestProblems(@Nullable String name, @Nullable String email, int days) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(new FieldProblem("expertName", "validation.required"));
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "workshop.invitation.emailInvalid"));
        }
        if (days < 1 || days > MAX_DAYS) {
            problems.add(new FieldProblem("days", "workshop.invitation.daysRange"));
        }
        return problems;
    }

    /** Whether a token has the shape of one traodoi gives ("gy_" and 32 URL-safe characters); only those are looked up. */
    static boolean tokenShaped(@Nullable String token) {
        return token != null && token.matches("gy_[A-Za-z0-9_-]{32}");
    }
}
