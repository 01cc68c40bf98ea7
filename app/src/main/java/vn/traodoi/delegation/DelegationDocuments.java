package vn.traodoi.delegation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.traodoi.delegation.Delegation.Attendee;
import vn.traodoi.delegation.Delegation.Member;
import vn.traodoi.delegation.Delegation.Session;
import vn.traodoi.delegation.Delegation.Stop;
import vn.traodoi.people.People;
import vn.traodoi.people.Person;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchIndex;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;
import vn.traodoi.system.Days;

/**
 * A delegation as the search finds it, written by {@link DelegationChanges} in the transaction of each change: its
 * title and purpose; its documents ("Kế hoạch số 196/KH-UBND ngày 12/07/2022 … về …") with their symbols; its topics;
 * its stops (provinces as they were) and hosts; its sessions with their places, topics, chairs, attendees and
 * minutes; its members. Seen by the organizer and, once it was sent to them, by the hosts ({@link Delegation#audience}).
 */
@Component
class DelegationDocuments implements SearchSource {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Delegations delegations;
    private final OrganizationService organizations;
    private final People people;
    private final MessageSource messages;
    private final SearchIndex index;

    DelegationDocuments(Delegations delegations, OrganizationService organizations, People people,
            MessageSource messages, SearchIndex index) {
        this.delegations = delegations;
        this.organizations = organizations;
        this.people = people;
        this.messages = messages;
        this.index = index;
    }

    /** Writes the delegation's document in the caller's transaction. */
    void index(Delegation d) {
        index.put(describe(d));
    }

    /** Describes these delegations again, in the caller's transaction; those that are gone leave the index. */
    void refresh(Collection<Long> ids) {
        index.refresh(SearchKind.DELEGATION, ids);
    }

    @Override
    public SearchKind kind() {
        return SearchKind.DELEGATION;
    }

    @Override
    public List<Long> ids() {
        return delegations.ids();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        return ids.stream().map(delegations::find).flatMap(Optional::stream).map(this::describe).toList();
    }

    SearchDocument describe(Delegation d) {
        Set<Long> orgIds = new HashSet<>();
        orgIds.add(d.organizerId());
        Set<Long> personIds = new HashSet<>();
        d.documents().forEach(doc -> add(orgIds, doc.issuerId()));
        d.members().forEach(m -> {
            add(orgIds, m.organizationId());
            add(personIds, m.personId());
        });
        for (Stop stop : d.stops()) {
            add(orgIds, stop.hostOrganizationId());
            for (Session s : stop.sessions()) {
                add(orgIds, s.visitedOrganizationId());
                add(personIds, s.chairPersonId());
                s.attendees().forEach(a -> {
                    add(orgIds, a.organizationId());
                    add(personIds, a.personId());
                });
            }
        }
        Map<Long, Organization> orgs = organizations.byIds(orgIds);
        Map<Long, Person> persons = people.byIds(List.copyOf(personIds));
        List<String> names = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> places = new ArrayList<>();
        body.add(d.purpose());
        for (Delegation.Document doc : d.documents()) {
            String issuer = doc.issuerId() != null && orgs.containsKey(doc.issuerId()) ? orgs.get(doc.issuerId()).name()
                    : doc.issuerText();
            body.add(String.join(" ", label("document.type." + doc.type()),
                    doc.numberSymbol() == null ? "" : label("search.document.number", doc.numberSymbol()),
                    doc.issuedOn() == null ? "" : label("search.document.issued", Days.format(doc.issuedOn())),
                    issuer == null ? "" : label("search.document.issuer", issuer),
                    doc.summary() == null ? "" : doc.summary()));
            names.add(issuer);
        }
        d.topics().forEach(t -> body.add(t.content()));
        for (Member m : d.members()) {
            names.add(m.personId() == null ? null : name(persons, m.personId()));
            body.add(m.groupDescription());
            body.add(m.titleText());
            names.add(orgName(orgs, m.organizationId()));
        }
        for (Stop stop : d.stops()) {
            names.add(orgName(orgs, stop.hostOrganizationId()));
            for (Session s : stop.sessions()) {
                places.add(s.placeText());
                names.add(orgName(orgs, s.visitedOrganizationId()));
                body.addAll(s.topics());
                names.add(name(persons, s.chairPersonId()));
                body.add(s.chairTitle());
                for (Attendee a : s.attendees()) {
                    names.add(name(persons, a.personId()));
                    names.add(orgName(orgs, a.organizationId()));
                    body.add(a.titleText());
                }
                body.add(s.minutes());
                s.photos().forEach(p -> body.add(p.caption()));
            }
        }
        String organizer = orgName(orgs, d.organizerId());
        names.add(organizer);
        return SearchDocument.builder(SearchKind.DELEGATION, d.id(), d.title(), "/delegations/" + d.id())
                .owner(d.organizerId()).audience(d.audience()).context(organizer)
                .symbols(d.documents().stream().map(Delegation.Document::numberSymbol).toList())
                .names(names).places(places).units(d.stops().stream().map(Stop::unitId).toList())
                .dates(d.startDate(), d.endDate()).body(body).build();
    }

    /** The index is in the records' language: "Kế hoạch số 196/KH-UBND ngày 12/07/2022 của …". */
    private String label(String code, Object... arguments) {
        return messages.getMessage(code, arguments, "", VIETNAMESE);
    }

    private static @Nullable String name(Map<Long, Person> persons, @Nullable Long id) {
        return id == null || !persons.containsKey(id) ? null : persons.get(id).fullName();
    }

    private static @Nullable String orgName(Map<Long, Organization> orgs, @Nullable Long id) {
        return id == null || !orgs.containsKey(id) ? null : orgs.get(id).name();
    }

    private static void add(Set<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
