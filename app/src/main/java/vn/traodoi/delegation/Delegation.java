package vn.traodoi.delegation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.NotFoundException;

/** A delegation with everything on its record; loaded whole, changed through the services of its parts. */
public record Delegation(
        long id,
        DelegationKind kind,
        String title,
        @Nullable String purpose,
        long organizerId,
        DelegationStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        DatePrecision datePrecision,
        @Nullable Integer declaredMemberCount,
        @Nullable OffsetDateTime hostRequestedAt,
        @Nullable String sourceNote,
        int version,
        List<Document> documents,
        List<Topic> topics,
        List<Member> members,
        List<Stop> stops) {

    /** DAY: the dates are known; MONTH: only the month is (the dates span it). */
    public enum DatePrecision {
        DAY, MONTH
    }

    /** A legal basis (căn cứ) of the delegation, or, when {@code legalBasis} is false, a document it only cites. */
    public record Document(long id, DocumentType type, @Nullable String numberSymbol, boolean symbolStandard,
            @Nullable LocalDate issuedOn, @Nullable LocalDate receivedOn, @Nullable Long issuerId, @Nullable String issuerText,
            @Nullable String summary, boolean legalBasis) {
    }

    /** The documents the delegation is made under ("Căn cứ …"). */
    public List<Document> legalBases() {
        return documents.stream().filter(Document::legalBasis).toList();
    }

    /** The documents only cited (related documents), not grounds of the delegation. */
    public List<Document> citedDocuments() {
        return documents.stream().filter(d -> !d.legalBasis()).toList();
    }

    public record Topic(long id, int position, String content) {
    }

    /** A named person ({@code personId}) or an unnamed group ({@code groupDescription}), never both. */
    public record Member(long id, int position, MemberRole role, @Nullable Long personId,
            @Nullable String groupDescription, @Nullable String titleText, @Nullable Long organizationId) {

        public boolean named() {
            return personId != null;
        }
    }

    public record Stop(long id, int position, @Nullable Long hostOrganizationId, long unitId,
            @Nullable LocalDate startDate, @Nullable LocalDate endDate, HostStatus hostStatus,
            @Nullable LocalDate proposedStart, @Nullable LocalDate proposedEnd, @Nullable String hostNote, int version,
            List<Session> sessions) {

        public boolean contains(@Nullable LocalDate date) {
            return date == null || ((startDate == null || !date.isBefore(startDate))
                    && (endDate == null || !date.isAfter(endDate)));
        }
    }

    /** A session of a stop; its hours ({@code startTime}, {@code endTime}) are optional beside its part of the day. */
    public record Session(long id, long stopId, @Nullable LocalDate date, @Nullable PartOfDay partOfDay,
            @Nullable LocalTime startTime, @Nullable LocalTime endTime, SessionKind kind,
            @Nullable String placeText, @Nullable Long visitedOrganizationId, @Nullable Long chairPersonId,
            @Nullable String chairTitle, @Nullable String minutes, Side side, int version, List<String> topics,
            List<Attendee> attendees, List<Photo> photos) {

        private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

        /** The hours as written on a programme: "08:00–11:30", "08:00" when only the start is known, else null. */
        public @Nullable String hours() {
            return hours(startTime, endTime);
        }

        static @Nullable String hours(@Nullable LocalTime start, @Nullable LocalTime end) {
            if (start == null) {
                return null;
            }
            return end == null ? HOUR.format(start) : HOUR.format(start) + "–" + HOUR.format(end);
        }
    }

    public record Attendee(long id, @Nullable Long personId, @Nullable Long organizationId, @Nullable String titleText) {
    }

    public record Photo(long id, String contentType, long sizeBytes, @Nullable String caption) {
    }

    /** Which side of the visit wrote a session: the guest (organizer) or a host. */
    /** The organizer, a host, or an organization that takes part through a member (or a member's own account). */
    public enum Side {
        GUEST, HOST, MEMBER
    }

    public Set<Long> hostOrganizationIds() {
        return stops.stream().map(Stop::hostOrganizationId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public long namedMemberCount() {
        return members.stream().filter(Member::named).count();
    }

    public List<Member> membersWithRole(MemberRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }

    public Stop stop(long stopId) {
        return stops.stream().filter(s -> s.id() == stopId).findFirst()
                .orElseThrow(() -> new NotFoundException("stop", stopId));
    }

    public boolean sentToHosts() {
        return hostRequestedAt != null;
    }

    /**
     * The organizations that see the delegation, as {@link DelegationAccess#sideOf} decides: the organizer, the hosts
     * once it was sent to them, and the organizations of its members once it was approved.
     */
    public Set<Long> audience() {
        Set<Long> audience = new HashSet<>();
        audience.add(organizerId);
        if (sentToHosts()) {
            audience.addAll(hostOrganizationIds());
        }
        if (membersSee()) {
            audience.addAll(memberOrganizationIds());
        }
        return Set.copyOf(audience);
    }

    /** The organizations its members come from (fronts, Party boards, departments, districts), as recorded. */
    public Set<Long> memberOrganizationIds() {
        return members.stream().map(Member::organizationId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Members (of other organizations too) see the delegation once its plan was approved, not while it is drafted. */
    public boolean membersSee() {
        return status != DelegationStatus.DRAFT && status != DelegationStatus.SUBMITTED
                && status != DelegationStatus.REJECTED;
    }
}
