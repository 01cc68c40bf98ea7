package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DocumentType;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.delegation.SessionKind;
import vn.traodoi.task.FollowUpTask;

/**
 * A delegation as an imported article states it: what the import page and the API propose, and, corrected by the
 * user, what they confirm. Every value is one the article states or one matched to the directory; what the article
 * does not state is null or an empty list, never guessed. The {@code …Written} values are the article's own words,
 * shown beside what they were matched to; on confirming they are ignored.
 *
 * <pre>
 * "Đoàn công tác của UBND tỉnh Hà Giang do ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn"
 *   → organizerWritten "UBND tỉnh Hà Giang", organizerId of Ủy ban nhân dân tỉnh Hà Giang when on record,
 *     members [Member("Nguyễn Văn An", "ông", "Phó Chủ tịch UBND tỉnh", HEAD)]
 * </pre>
 */
record Draft(@Nullable DelegationKind kind, @Nullable String title, @Nullable LocalDate startDate,
        @Nullable LocalDate endDate, boolean monthOnly, @Nullable Integer declaredMemberCount, @Nullable Long organizerId,
        @Nullable String organizerWritten, @Nullable YearNote yearNote, List<Stop> stops, List<Member> members,
        List<Document> documents, List<String> topics, List<Session> sessions, List<Task> tasks) {

    Draft {
        stops = List.copyOf(Objects.requireNonNullElse(stops, List.of()));
        members = List.copyOf(Objects.requireNonNullElse(members, List.of()));
        documents = List.copyOf(Objects.requireNonNullElse(documents, List.of()));
        topics = List.copyOf(Objects.requireNonNullElse(topics, List.of()));
        sessions = List.copyOf(Objects.requireNonNullElse(sessions, List.of()));
        tasks = List.copyOf(Objects.requireNonNullElse(tasks, List.of()));
    }

    /**
     * A stop: the host as written ("UBND tỉnh Quảng Trị"), the organization and the province it was matched to (the
     * province as it was on the stop's dates), and the dates.
     */
    record Stop(@Nullable String hostWritten, @Nullable Long hostOrganizationId, @Nullable Long unitId,
            @Nullable String unitName, @Nullable LocalDate startDate, @Nullable LocalDate endDate) {
    }

    /** A person of the article: a member of the delegation when {@code role} is set, else only named in it. */
    record Member(@Nullable String name, @Nullable String honorific, @Nullable String title, @Nullable MemberRole role,
            @Nullable String side) {

        /** "ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Hà Giang", as the people directory reads a line. */
        String line() {
            return (honorific == null || honorific.isBlank() ? "" : honorific.strip() + " ")
                    + Objects.requireNonNullElse(name, "").strip()
                    + (title == null || title.isBlank() ? "" : ", " + title.strip());
        }
    }

    /**
     * A document the article names. {@code legalBasis}: the article names it as the ground of the visit ("căn cứ",
     * "thực hiện", "theo Kế hoạch số …"); otherwise it is a cited, related document. {@code issuer} is the issuer's
     * whole name, or null: a name cut short ("của Quốc" for "của Quốc hội") is never proposed.
     */
    record Document(@Nullable DocumentType type, @Nullable String numberSymbol, @Nullable LocalDate issuedOn,
            @Nullable String issuer, boolean legalBasis) {
    }

    /**
     * A session: a working session with its agenda, or a field visit to a site; {@code stop} is the index of its stop
     * in {@link Draft#stops()}. The date only when the article gives the day.
     */
    record Session(int stop, @Nullable SessionKind kind, @Nullable LocalDate date, @Nullable PartOfDay partOfDay,
            @Nullable String place, @Nullable Long visitedOrganizationId, List<String> topics) {

        Session {
            topics = List.copyOf(Objects.requireNonNullElse(topics, List.of()));
        }
    }

    /**
     * A follow-up task: the assignee as written and the organization it was matched to, the task, and the deadline as
     * officials type it ("30/06/2025", "8/2023", "2025-2030") with the words of the article ("trước ngày 30/6/2025").
     */
    record Task(@Nullable String task, @Nullable String assigneeWritten, @Nullable Long assigneeId,
            FollowUpTask.@Nullable DeadlineKind deadlineKind, @Nullable String deadline, @Nullable String deadlineWritten) {
    }

    /**
     * The article gave the event's days without a year: the year was taken from the day the article was published,
     * from the nearest cited document ({@code from} names it), or from the day it was imported.
     */
    record YearNote(int year, Source source, @Nullable String from) {

        enum Source {
            PUBLISHED, DOCUMENT, IMPORTED
        }

        String messageCode() {
            return "import.year.inferred." + source.name().toLowerCase(Locale.ROOT);
        }
    }
}
