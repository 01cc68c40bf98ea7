package vn.traodoi.workshop;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssueForm;
import vn.traodoi.document.OfficialText;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.Page;
import vn.traodoi.task.FollowUpLeftovers;

/**
 * Builds the workshop page ({@link WorkshopView}) for the page controllers, which show it after a GET and again after
 * a refused form, with what was typed.
 */
@Component
class WorkshopViews {

    /** Comments shown at once; a large consultation is read page by page, unanswered ones first by the filter. */
    static final int COMMENTS_PER_PAGE = 100;

    private final Workshops workshops;
    private final WorkshopConclusions conclusions;
    private final WorkshopDrafts drafts;
    private final WorkshopComments comments;
    private final ResponseTemplates templates;
    private final WorkshopInvitations invitations;
    private final OrganizationService organizations;
    private final Clock clock;
    private final FollowUpLeftovers leftovers;

    private final WorkshopOfficialDocuments officialDocuments;

    WorkshopViews(Workshops workshops, WorkshopDrafts drafts, WorkshopComments comments, ResponseTemplates templates,
            WorkshopInvitations invitations, OrganizationService organizations, Clock clock, WorkshopConclusions conclusions,
            FollowUpLeftovers leftovers, WorkshopOfficialDocuments officialDocuments) {
        this.officialDocuments = officialDocuments;
        this.leftovers = leftovers;
        this.conclusions = conclusions;
        this.workshops = workshops;
        this.drafts = drafts;
        this.comments = comments;
        this.templates = templates;
        this.invitations = invitations;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The workshop as {@code me} sees it: page {@code page} of the comments (the unanswered ones only with
     * {@code unanswered}) and page {@code sectionPage} of the latest version's sections (0: the page that holds
     * {@code showingSection}, else the first).
     */
    WorkshopView view(CurrentUser me, long id, boolean unanswered, int page, int sectionPage,
            @Nullable Long showingSection) {
        Workshop w = workshops.get(me, id);
        boolean canEdit = Workshops.canEdit(me, w);
        List<DraftVersion> versions = drafts.versions(id);
        DraftVersion latest = versions.isEmpty() ? null : versions.getLast();
        Page<DraftSection> sections = latest == null ? null : drafts.sectionPage(latest, sectionPage, showingSection);
        List<Comment> all = comments.list(me, id, false);
        List<Comment> shown = unanswered ? all.stream().filter(c -> !c.answered()).toList() : all;
        int pages = Math.max(1, (shown.size() + COMMENTS_PER_PAGE - 1) / COMMENTS_PER_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        int from = Page.offset(current, COMMENTS_PER_PAGE);
        List<Comment> onPage = shown.subList(from, Math.min(from + COMMENTS_PER_PAGE, shown.size()));
        WorkshopView.Comments commentPage = new WorkshopView.Comments(onPage, current, pages, all.size(),
                all.stream().filter(c -> !c.answered()).count(), unanswered);
        Map<Long, Long> perSection = new LinkedHashMap<>();
        all.forEach(c -> {
            if (c.sectionId() != null) {
                perSection.merge(c.sectionId(), 1L, Long::sum);
            }
        });
        // The comments a new version may absorb: those on this page of the list, so that the form stays readable.
        List<Comment> absorbable = onPage.stream().filter(c -> c.absorbedInDraftNumber() == null
                && (c.status() == CommentStatus.RECEIVED || c.status() == CommentStatus.ABSORBED)).toList();
        // Each pager keeps the other list's page and the filter.
        String commentsBase = address("/workshops/" + id, unanswered ? "unanswered=true" : null,
                sections != null && sections.page() > 1 ? "sectionPage=" + sections.page() : null);
        String sectionsBase = address("/workshops/" + id, unanswered ? "unanswered=true" : null,
                current > 1 ? "page=" + current : null);
        List<Organization> directory = organizations.all();
        WorkshopView.Holder holder = canEdit ? new WorkshopView.Holder(templates.templates(me), invitations.invitations(id),
                clock.instant(), directory) : null;
        return new WorkshopView(w, canEdit, workshops.participants(id), versions, latest, sections, commentPage,
                perSection, absorbable, commentsBase, sectionsBase, conclusions.tasks(me, id),
                directory.stream().collect(Collectors.toMap(Organization::id, Organization::name)), holder);
    }

    /**
     * The workshop page in {@code model}: the view, and each form the model does not hold yet empty (a refused one
     * holds what was typed; a refused comment keeps the page of sections that holds its section).
     */
    String show(CurrentUser me, long id, boolean unanswered, int page, int sectionPage, Model model) {
        CommentForm typed = (CommentForm) model.getAttribute("commentForm");
        model.addAllAttributes(view(me, id, unanswered, page, sectionPage, typed == null ? null : typed.sectionId())
                .attributes());
        model.addAttribute("leftovers", leftovers.ofWorkshop(me, id));
        model.addAttribute("officialDocs", officialDocuments.rows(me, workshops.get(me, id)));
        model.addAttribute("authorities", OfficialText.Authority.values());
        if (!model.containsAttribute("issueProblems")) {
            model.addAttribute("issueForm", IssueForm.empty());
            model.addAttribute("issueProblems", Map.of());
            model.addAttribute("issueKey", "");
        }
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("participantForm", ParticipantForm.empty());
        empty.put("draftForm", DraftForm.empty());
        empty.put("commentForm", CommentForm.empty());
        empty.put("responseForm", ResponseForm.empty());
        empty.put("invitationForm", InvitationForm.empty());
        empty.put("conclusionsForm", ConclusionsForm.empty());
        empty.put("nextMeetingForm", NextMeetingForm.empty());
        empty.forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form);
            }
        });
        return "workshops/show";
    }

    /** The workshop page again after a refused form: the first page of each list. */
    String show(CurrentUser me, long id, boolean unanswered, Model model) {
        return show(me, id, unanswered, 1, 0, model);
    }

    private static String address(String path, @Nullable String... params) {
        String query = Arrays.stream(params).filter(Objects::nonNull).collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
