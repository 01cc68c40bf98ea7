package vn.traodoi.delegation;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.notice.NoticeRequested;

/**
 * The notices a step of a delegation gives the other side, published in the step's transaction: the approvers when a
 * plan waits for them, the organizers when it is approved or returned, the hosts when they are asked (or the visit is
 * cancelled or postponed after they were), the guest when a host confirms or proposes other dates, a host when its
 * proposal is accepted. The key names the delegation, the step and the record's version, so each step is told once.
 */
@Component
class DelegationNotices {

    private static final Set<Role> STAFF = Set.of(Role.ORGANIZER, Role.APPROVER);

    private final ApplicationEventPublisher events;

    DelegationNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** After a lifecycle step of the guest ({@code after} as it stands now). */
    void stepTaken(Delegation before, Delegation after, Action action, CurrentUser actor, @Nullable String reason) {
        long id = after.id();
        String link = "/delegations/" + id;
        Set<Long> organizer = Set.of(after.organizerId());
        String why = reason == null ? "" : reason.strip();
        switch (action) {
            case SUBMIT -> publish(after, action, "planSubmitted", link, organizer, Set.of(Role.APPROVER), actor,
                    after.title(), actor.fullName());
            case APPROVE -> publish(after, action, "planApproved", link, organizer, Set.of(Role.ORGANIZER), actor,
                    after.title(), actor.fullName());
            case REJECT -> publish(after, action, "planReturned", link, organizer, Set.of(Role.ORGANIZER), actor,
                    after.title(), why);
            case REQUEST_HOSTS -> publish(after, action, "hostRequested", link + "?tab=programme",
                    after.hostOrganizationIds(), STAFF, actor, actor.organizationName(), after.title());
            case CANCEL, POSTPONE -> {
                if (before.sentToHosts()) {
                    publish(after, action, action == Action.CANCEL ? "delegationCancelled" : "delegationPostponed", link,
                            before.hostOrganizationIds(), STAFF, actor, actor.organizationName(), after.title(), why);
                }
            }
            default -> {
            }
        }
    }

    /** Which part of the record a change of details touches, for the other side's notice. */
    private static final Map<String, String> DETAILS = Map.ofEntries(
            Map.entry("DELEGATION_MEMBER_ADDED", "MEMBERS"), Map.entry("DELEGATION_MEMBER_REMOVED", "MEMBERS"),
            Map.entry("DELEGATION_MEMBER_GROUP_NAMED", "MEMBERS"), Map.entry("DELEGATION_SESSION_ADDED", "PROGRAMME"),
            Map.entry("DELEGATION_SESSION_REMOVED", "PROGRAMME"), Map.entry("DELEGATION_STOP_ADDED", "PROGRAMME"),
            Map.entry("DELEGATION_TOPIC_ADDED", "TOPICS"), Map.entry("DELEGATION_TOPIC_REMOVED", "TOPICS"),
            Map.entry("DELEGATION_DOCUMENT_ADDED", "DOCUMENTS"), Map.entry("DELEGATION_DOCUMENT_REMOVED", "DOCUMENTS"));

    /**
     * After a change of the members, programme, topics or documents of a delegation its hosts were asked to receive,
     * before the visit is over: the other side is told — the hosts when the guest changed it, the guest when a host
     * did. Each change is one notice (keyed by the version it made).
     */
    void detailsChanged(String action, Delegation after, CurrentUser actor) {
        String part = DETAILS.get(action);
        if (part == null || !after.sentToHosts()
                || !DelegationStatus.BEFORE_COMPLETION.contains(after.status())) {
            return;
        }
        Set<Long> told = actor.orgId() == after.organizerId() ? after.hostOrganizationIds()
                : after.hostOrganizationIds().contains(actor.orgId()) ? Set.of(after.organizerId()) : Set.of();
        String link = "/delegations/" + after.id() + (part.equals("PROGRAMME") ? "?tab=programme"
                : part.equals("MEMBERS") ? "?tab=members" : part.equals("DOCUMENTS") ? "?tab=documents" : "");
        if (!told.isEmpty()) {
            events.publishEvent(NoticeRequested.toStaff("delegation:" + after.id() + ":CHANGED:" + after.version(),
                    "detailsChanged." + part, link, told, STAFF, actor.userId(), actor.organizationName(), after.title()));
        }
    }

    /** After a host answered for its stop: the guest's staff are told. */
    void hostAnswered(Delegation after, boolean confirmed, CurrentUser host, @Nullable String note) {
        publish(after, confirmed ? Action.CONFIRM_STOP : Action.PROPOSE_DATES, confirmed ? "hostConfirmed" : "hostProposed",
                "/delegations/" + after.id() + "?tab=programme", Set.of(after.organizerId()), STAFF, host,
                host.organizationName(), after.title(), note == null ? "" : note.strip());
    }

    /** After the guest accepted the dates a host proposed: that host's staff are told. */
    void proposalAccepted(Delegation after, @Nullable Long hostOrganizationId, CurrentUser guest) {
        if (hostOrganizationId != null) {
            publish(after, Action.ACCEPT_PROPOSAL, "proposalAccepted", "/delegations/" + after.id() + "?tab=programme",
                    Set.of(hostOrganizationId), STAFF, guest, guest.organizationName(), after.title());
        }
    }

    private void publish(Delegation d, Action step, String kind, String link, Set<Long> organizations, Set<Role> roles,
            CurrentUser actor, String... arguments) {
        if (organizations.isEmpty()) {
            return;
        }
        events.publishEvent(NoticeRequested.toStaff("delegation:" + d.id() + ":" + step + ":" + d.version(), kind, link,
                organizations, roles, actor.userId(), Objects.requireNonNull(arguments)));
    }
}
