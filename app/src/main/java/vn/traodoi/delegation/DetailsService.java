package vn.traodoi.delegation;

import static vn.traodoi.delegation.DelegationChanges.blankToNull;
import static vn.traodoi.delegation.DelegationChanges.requirePart;
import static vn.traodoi.delegation.DelegationChanges.requireRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.PersonClaims;
import vn.traodoi.people.People;
import vn.traodoi.people.People.NameAndTitle;
import vn.traodoi.people.Person;
import vn.traodoi.people.PersonForm;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.InvalidInputException.FieldProblem;
import vn.traodoi.system.ListItems;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.DocumentSymbol;
import vn.traodoi.text.VietnameseText;

/**
 * The details the organizer's staff add to a delegation while it is open: its legal-basis documents (căn cứ), its
 * topics and its members.
 */
@Service
class DetailsService {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final DelegationChanges changes;
    private final OrganizationService organizations;
    private final People people;
    private final MemberReportsCheck reports;
    private final PersonClaims claims;

    DetailsService(Delegations delegations, DelegationAccess access, DelegationChanges changes,
            OrganizationService organizations, People people, MemberReportsCheck reports, PersonClaims claims) {
        this.claims = claims;
        this.reports = reports;
        this.delegations = delegations;
        this.access = access;
        this.changes = changes;
        this.organizations = organizations;
        this.people = people;
    }

    @Transactional
    public Delegation addDocument(CurrentUser user, long id, DocumentForm form) {
        Delegation before = changes.touch(access.editableDetails(user, id), form.version());
        String symbol = form.numberSymbol() == null || form.numberSymbol().isBlank() ? null
                : VietnameseText.normalize(form.numberSymbol());
        if (form.issuerId() != null && organizations.find(form.issuerId()).isEmpty()) {
            throw new InvalidInputException("issuerId", "document.issuer.unknown");
        }
        DocumentForm clean = new DocumentForm(form.type(), symbol, form.issuedOn(), form.receivedOn(), form.issuerId(),
                blankToNull(form.issuerText()), blankToNull(form.summary()), form.version());
        delegations.addDocument(id, clean, symbol == null || DocumentSymbol.isStandard(symbol));
        return changes.audited("DELEGATION_DOCUMENT_ADDED", before, user);
    }

    @Transactional
    public Delegation removeDocument(CurrentUser user, long id, long documentId, int version) {
        Delegation before = access.editableDetails(user, id);
        requirePart(before.documents(), Delegation.Document::id, "document", documentId);
        changes.touch(before, version);
        requireRow(delegations.deleteDocument(id, documentId), "document", documentId);
        return changes.audited("DELEGATION_DOCUMENT_REMOVED", before, user);
    }

    @Transactional
    public Delegation addTopic(CurrentUser user, long id, String content, int version) {
        Delegation before = changes.touch(access.editableDetails(user, id), version);
        String clean = VietnameseText.normalize(Objects.requireNonNullElse(content, ""));
        if (clean.isEmpty()) {
            throw new InvalidInputException("content", "validation.required");
        }
        delegations.addTopic(id, clean);
        return changes.audited("DELEGATION_TOPIC_ADDED", before, user);
    }

    @Transactional
    public Delegation removeTopic(CurrentUser user, long id, long topicId, int version) {
        Delegation before = access.editableDetails(user, id);
        requirePart(before.topics(), Delegation.Topic::id, "topic", topicId);
        changes.touch(before, version);
        requireRow(delegations.deleteTopic(id, topicId), "topic", topicId);
        return changes.audited("DELEGATION_TOPIC_REMOVED", before, user);
    }

    /**
     * A member: a person of the directory (with the position held on the delegation's first day), a person typed as
     * "name, title" (found or added), or a group; exactly one of the three. A name or group that only repeats the
     * role ("Thư ký đoàn") makes a member known by the role alone, shown as such, never a person or group so named.
     */
    @Transactional
    public Delegation addMember(CurrentUser user, long id, MemberForm form) {
        Delegation before = changes.touch(access.editableDetails(user, id), form.version());
        boolean byId = form.personId() != null;
        boolean byName = form.newPerson() != null && !form.newPerson().isBlank();
        boolean asGroup = form.group() != null && !form.group().isBlank();
        if ((byId ? 1 : 0) + (byName ? 1 : 0) + (asGroup ? 1 : 0) != 1) {
            throw new InvalidInputException("newPerson", "member.choose.one");
        }
        if (form.organizationId() != null && organizations.find(form.organizationId()).isEmpty()) {
            throw new InvalidInputException("organizationId", "member.organization.unknown");
        }
        MemberRole role = Objects.requireNonNull(form.role());
        if (role.repeatedBy(form.group()) || (!byId && role.repeatedBy(form.newPerson()))) {
            // "Thư ký đoàn" typed as the name names nobody: the member is known by the role alone.
            delegations.addMember(id, role, null, null, null, form.organizationId());
        } else if (asGroup) {
            delegations.addMember(id, role, null, VietnameseText.normalize(form.group()), null, form.organizationId());
        } else {
            if (before.declaredMemberCount() != null && before.namedMemberCount() + 1 > before.declaredMemberCount()) {
                throw new InvalidInputException("newPerson", "delegation.count.belowNamed");
            }
            Person person;
            String title;
            if (byId) {
                person = people.find(form.personId()).orElseThrow(
                        () -> new InvalidInputException("personId", "member.person.unknown"));
                title = person.positionAt(before.startDate()).map(p -> p.describe()).orElse(null);
            } else {
                NameAndTitle entry = People.parseLine(form.newPerson())
                        .orElseThrow(() -> new InvalidInputException("newPerson", "member.person.unreadable"));
                person = form.nationality() != null && !form.nationality().isBlank()
                        ? people.create(new PersonForm(entry.name(), entry.honorific(), form.nationality(), entry.title(),
                                form.organizationId(), null, null, null), user.orgId())
                        : people.findOrCreate(entry, form.organizationId(), user.orgId());
                title = entry.title();
            }
            delegations.addMember(id, role, person.id(), null, title, form.organizationId());
        }
        return changes.audited("DELEGATION_MEMBER_ADDED", before, user);
    }

    /**
     * A group line named person by person ("Đại diện lãnh đạo Ban Dân vận" → each representative, one "name, title" a
     * line), each with the group's role and organization; with {@code replace} the group line goes (the group is named
     * whole), unless a report was filed for it.
     */
    @Transactional
    public Delegation nameGroup(CurrentUser user, long id, long memberId, @Nullable String lines, boolean replace,
            int version) {
        Delegation before = access.editableDetails(user, id);
        Delegation.Member group = before.members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (group.personId() != null) {
            throw new InvalidInputException("names", "member.group.notGroup");
        }
        changes.touch(before, version);
        List<NameAndTitle> named = new ArrayList<>();
        List<String> written = ListItems.of(lines);
        for (int i = 0; i < written.size(); i++) {
            int line = i + 1;
            named.add(People.parseLine(written.get(i)).orElseThrow(() -> new InvalidInputException(
                    List.of(new FieldProblem("names", "member.group.unreadable", List.of(line))))));
        }
        if (named.isEmpty()) {
            throw new InvalidInputException("names", "member.group.none");
        }
        if (before.declaredMemberCount() != null
                && before.namedMemberCount() + named.size() > before.declaredMemberCount()) {
            throw new InvalidInputException("names", "delegation.count.belowNamed");
        }
        if (replace && !reports.reported(List.of(memberId)).isEmpty()) {
            throw new InvalidInputException("names", "member.reported");
        }
        for (NameAndTitle entry : named) {
            Person person = people.findOrCreate(entry, group.organizationId(), user.orgId());
            delegations.addMember(id, group.role(), person.id(), null, entry.title(), group.organizationId());
        }
        if (replace) {
            requireRow(delegations.deleteMember(id, memberId), "member", memberId);
        }
        return changes.audited("DELEGATION_MEMBER_GROUP_NAMED", before, user);
    }

    /**
     * The organizer's staff confirm (or refuse) that an account is this named member ("Tôi là …"): the account is
     * then linked to the member's person.
     */
    @Transactional
    public void decideClaim(CurrentUser user, long id, long memberId, long claimId, boolean confirm) {
        Delegation d = access.get(user, id);
        access.requireGuestOrganizer(d, user);
        Long person = d.members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("member", memberId)).personId();
        if (person == null) {
            throw new NotFoundException("member", memberId);
        }
        claims.decide(user, claimId, person, confirm);
    }

    @Transactional
    public Delegation removeMember(CurrentUser user, long id, long memberId, int version) {
        Delegation before = access.editableDetails(user, id);
        requirePart(before.members(), Delegation.Member::id, "member", memberId);
        changes.touch(before, version);
        if (!reports.reported(List.of(memberId)).isEmpty()) {
            throw new InvalidInputException("member", "member.reported");
        }
        requireRow(delegations.deleteMember(id, memberId), "member", memberId);
        return changes.audited("DELEGATION_MEMBER_REMOVED", before, user);
    }
}
