package vn.traodoi.workshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.traodoi.people.People;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.search.SearchDocument;
import vn.traodoi.search.SearchKind;
import vn.traodoi.search.SearchSource;

/**
 * A workshop as the search finds it: the draft project, its committees and consultant, the place, the chair, the agenda,
 * the conclusions, the next meeting and the participants; seen by the holder and the participating organizations, as
 * {@link Workshops#get} allows. Placed in the holder's province. {@link CommentDocuments} uses the same audience.
 */
@Component
class WorkshopDocuments implements SearchSource {

    /** Who sees a workshop and its comments, and where it is held. */
    record Audience(long ownerId, List<Long> participants, List<Long> units) {
    }

    private final JdbcClient jdbc;
    private final Workshops workshops;
    private final OrganizationService organizations;

    WorkshopDocuments(JdbcClient jdbc, Workshops workshops, OrganizationService organizations) {
        this.jdbc = jdbc;
        this.workshops = workshops;
        this.organizations = organizations;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.WORKSHOP;
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM workshops ORDER BY id").query(Long.class).list();
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<Workshop> found = ids.stream().map(workshops::find).flatMap(Optional::stream).toList();
        Map<Long, Audience> audiences = audiences(found);
        List<SearchDocument> documents = new ArrayList<>();
        for (Workshop w : found) {
            Audience audience = audiences.get(w.id());
            List<Participant> participants = workshops.participants(w.id());
            List<@Nullable String> names = new ArrayList<>();
            names.add(w.ownerName());
            names.add(w.chair() == null ? null : People.parseLine(w.chair()).map(People.NameAndTitle::name).orElse(null));
            List<@Nullable String> body = new ArrayList<>(List.of(w.projectTitle()));
            body.addAll(Arrays.asList(w.steeringCommittee(), w.supportGroup(), w.consultant(), w.chair(),
                    w.agenda(), w.conclusions(), w.nextMeetingNote()));
            for (Participant p : participants) {
                names.add(p.name());
                names.add(p.organizationName());
                body.add(p.title());
                body.add(p.description());
            }
            documents.add(SearchDocument.builder(SearchKind.WORKSHOP, w.id(), w.title(), "/workshops/" + w.id())
                    .owner(w.ownerId()).audience(audience.participants()).context(w.projectTitle())
                    .names(names).places(Collections.singletonList(w.place())).units(audience.units())
                    .dates(w.heldOn(), null).body(body).build());
        }
        return documents;
    }

    /** The holder, the participating organizations and the holder's province of each workshop. */
    Map<Long, Audience> audiences(Collection<Workshop> found) {
        Map<Long, List<Long>> participants = new HashMap<>();
        if (!found.isEmpty()) {
            jdbc.sql("""
                            SELECT workshop_id, organization_id FROM workshop_participants
                            WHERE workshop_id = ANY (?) AND organization_id IS NOT NULL""")
                    .param(found.stream().map(Workshop::id).toArray(Long[]::new))
                    .query(rs -> {
                        participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        Map<Long, Organization> owners = organizations.byIds(found.stream().map(Workshop::ownerId).toList());
        Map<Long, Audience> audiences = new HashMap<>();
        for (Workshop w : found) {
            Organization owner = owners.get(w.ownerId());
            audiences.put(w.id(), new Audience(w.ownerId(), participants.getOrDefault(w.id(), List.of()),
                    owner == null || owner.unitId() == null ? List.of() : List.of(Objects.requireNonNull(owner.unitId()))));
        }
        return audiences;
    }
}
