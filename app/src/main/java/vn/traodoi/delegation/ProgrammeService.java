package vn.traodoi.delegation;

import static vn.traodoi.delegation.DelegationChanges.requireRow;

import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.Delegation.Side;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.people.People;
import vn.traodoi.people.People.NameAndTitle;
import vn.traodoi.people.Person;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;

/**
 * The programme of each stop: its sessions (working sessions and field visits), each with its chair, agenda and
 * attendees. The organizer writes sessions for every stop, a host for its own; each session records which side wrote it.
 */
@Service
class ProgrammeService {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final DelegationChanges changes;
    private final OrganizationService organizations;
    private final People people;

    ProgrammeService(Delegations delegations, DelegationAccess access, DelegationChanges changes,
            OrganizationService organizations, People people) {
        this.delegations = delegations;
        this.access = access;
        this.changes = changes;
        this.organizations = organizations;
        this.people = people;
    }

    @Transactional
    public Delegation addSession(CurrentUser user, long id, SessionForm form) {
        Delegation before = access.get(user, id);
        if (form.stopId() == null) {
            throw new InvalidInputException("stopId", "session.stop.unknown");
        }
        Stop stop = before.stop(form.stopId());
        if (!access.canWriteSessions(before, stop, user)) {
            if (!before.status().detailsEditable()) {
                throw new IllegalTransitionException("delegation.details.locked", before.status());
            }
            throw new AccessDeniedException("not a writer of this stop's sessions");
        }
        changes.touch(before, form.version());
        if (!stop.contains(form.date())) {
            throw new InvalidInputException("date", "session.date.outside");
        }
        FieldProblem time = form.timeProblem();
        if (time != null) {
            throw new InvalidInputException(List.of(time));
        }
        if (form.visitedOrganizationId() != null && organizations.find(form.visitedOrganizationId()).isEmpty()) {
            throw new InvalidInputException("visitedOrganizationId", "session.organization.unknown");
        }
        Side side = access.sideOf(before, user).orElseThrow();
        Long chairId = null;
        String chairTitle = null;
        if (form.chair() != null && !form.chair().isBlank()) {
            NameAndTitle chair = People.parseLine(form.chair())
                    .orElseThrow(() -> new InvalidInputException("chair", "member.person.unreadable"));
            chairId = people.findOrCreate(chair, null, user.orgId()).id();
            chairTitle = chair.title();
        }
        long sessionId = delegations.addSession(stop.id(), form, side, chairId, chairTitle);
        int position = 0;
        for (String topic : form.topicLines()) {
            delegations.addSessionTopic(sessionId, ++position, topic);
        }
        position = 0;
        for (String line : form.attendeeLines()) {
            NameAndTitle entry = People.parseLine(line)
                    .orElseThrow(() -> new InvalidInputException("attendees", "member.person.unreadable"));
            Person person = people.findOrCreate(entry, null, user.orgId());
            delegations.addAttendee(sessionId, ++position, person.id(), null, entry.title());
        }
        for (Long organizationId : Objects.requireNonNullElse(form.attendingOrganizationIds(), List.<Long>of())) {
            if (organizations.find(organizationId).isEmpty()) {
                throw new InvalidInputException("attendingOrganizationIds", "session.organization.unknown");
            }
            delegations.addAttendee(sessionId, ++position, null, organizationId, null);
        }
        return changes.audited("DELEGATION_SESSION_ADDED", before, user);
    }

    @Transactional
    public Delegation removeSession(CurrentUser user, long id, long sessionId, int version) {
        Delegation before = access.get(user, id);
        access.requireSessionWriter(before, sessionId, user);
        changes.touch(before, version);
        requireRow(delegations.deleteSession(id, sessionId), "session", sessionId);
        return changes.audited("DELEGATION_SESSION_REMOVED", before, user);
    }
}
