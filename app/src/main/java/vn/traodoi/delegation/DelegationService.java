package vn.traodoi.delegation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.Delegation.Side;

/**
 * What other features ask of delegations (a report of its delegation, a task on it, a draft from an imported
 * article, a photo for a news article), in one place and with the same organization check as the pages: a delegation
 * the user's organization may not see is 404. Each call is answered by the service of its sub-resource
 * ({@link DelegationAccess}, {@link PlanService}, {@link DetailsService}, {@link LifecycleService},
 * {@link PhotoService}, {@link DelegationViews}); the pages and the API of this feature call those directly.
 */
@Service
public class DelegationService {

    private final DelegationAccess access;
    private final PlanService plans;
    private final DetailsService details;
    private final LifecycleService lifecycle;
    private final PhotoService photos;
    private final DelegationViews views;
    private final DraftImport imports;

    DelegationService(DelegationAccess access, PlanService plans, DetailsService details, LifecycleService lifecycle,
            PhotoService photos, DelegationViews views, DraftImport imports) {
        this.access = access;
        this.plans = plans;
        this.details = details;
        this.lifecycle = lifecycle;
        this.photos = photos;
        this.views = views;
        this.imports = imports;
    }

    /**
     * What another feature's search documents say of a delegation (a lesson's, a trip report's): its title, dates and
     * provinces, and which organizations see it. For the index only; no user is checked here.
     */
    public record Outline(long id, String title, long organizerId, Set<Long> audience, List<Long> unitIds,
            @Nullable LocalDate startDate, @Nullable LocalDate endDate) {
    }

    /**
     * A draft made from an imported article. When the importing organization organized the visit, the draft is its
     * own; when it hosted the visit, the draft belongs to the visiting organization, with a stop hosted by the
     * importer (the one given, or one added), who therefore sees it and writes its sessions (the visitor can correct
     * the rest). Each stop's province is the unit as it was on the stop's dates: a 2022 visit to Thừa Thiên Huế stays
     * at Tỉnh Thừa Thiên Huế.
     */
    public record ImportedDraft(DelegationForm form, long organizerId, List<ImportedDocument> documents, List<String> topics,
            List<ImportedMember> members, List<ImportedStop> stops) {

        public ImportedDraft {
            documents = List.copyOf(documents);
            topics = List.copyOf(topics);
            members = List.copyOf(members);
            stops = List.copyOf(stops);
        }
    }

    /** A document the article names: a legal basis of the visit (căn cứ), or only cited by it. */
    public record ImportedDocument(DocumentForm form, boolean legalBasis) {
    }

    /** A member found in the article: "name, title" and the role the user gave. */
    public record ImportedMember(MemberRole role, String nameAndTitle) {
    }

    /**
     * A stop: the host organization, or only the province when the host is not in the directory (the host's own
     * province otherwise), its dates, and its sessions.
     */
    public record ImportedStop(@Nullable Long hostOrganizationId, @Nullable Long unitId, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, List<ImportedSession> sessions) {

        public ImportedStop {
            sessions = List.copyOf(sessions);
        }
    }

    /** A session of a stop: a working session with its agenda, or a field visit to a site. */
    public record ImportedSession(SessionKind kind, @Nullable LocalDate date, @Nullable PartOfDay partOfDay,
            @Nullable String placeText, @Nullable Long visitedOrganizationId, List<String> topics) {

        public ImportedSession {
            topics = List.copyOf(topics);
        }
    }

    /** Where a photo's bytes are and what type they are. */
    public record PhotoFile(Path path, String contentType) {
    }

    /** The delegation if {@code user}'s organization may see it; otherwise 404. */
    public Delegation get(CurrentUser user, long id) {
        return access.get(user, id);
    }

    /** GUEST for the organizer, HOST for a host organization once the delegation was sent to it. */
    public Optional<Side> sideOf(Delegation d, CurrentUser user) {
        return access.sideOf(d, user);
    }

    /** The outlines of these delegations, by id (unknown ids are left out). */
    public Map<Long, Outline> outlines(Collection<Long> ids) {
        return views.outlines(ids);
    }

    /** Everything a page needs to show the delegation to {@code user}. */
    public DelegationView view(CurrentUser user, long id) {
        return views.view(user, id);
    }

    public Delegation create(CurrentUser user, DelegationForm form) {
        return plans.create(user, form);
    }

    public Delegation addStop(CurrentUser user, long id, StopForm form) {
        return plans.addStop(user, id, form);
    }

    public Delegation addDocument(CurrentUser user, long id, DocumentForm form) {
        return details.addDocument(user, id, form);
    }

    public Delegation addTopic(CurrentUser user, long id, String content, int version) {
        return details.addTopic(user, id, content, version);
    }

    public Delegation addMember(CurrentUser user, long id, MemberForm form) {
        return details.addMember(user, id, form);
    }

    /** A lifecycle step: checks the state, the side and the role, records who, when and why. */
    public Delegation transition(CurrentUser user, long id, Action action, @Nullable String reason, int version) {
        return lifecycle.transition(user, id, action, reason, version);
    }

    /** The trip report was approved: COMPLETED → REPORTED. The report feature checks the approver. */
    public Delegation markReported(CurrentUser user, long id) {
        return lifecycle.markReported(user, id);
    }

    /**
     * Creates the draft whole, or nothing: every problem of the draft is reported together, each on its field
     * ({@code stops[1].hostOrganizationId}, {@code stops[0].sessions[2].date}).
     */
    public Delegation importDraft(CurrentUser user, ImportedDraft draft, @Nullable String sourceNote) {
        return imports.importDraft(user, draft, sourceNote);
    }

    /** The stored file of a photo, if the user may see its delegation. */
    public PhotoFile photo(CurrentUser user, long id, long photoId) {
        return photos.photo(user, id, photoId);
    }
}
