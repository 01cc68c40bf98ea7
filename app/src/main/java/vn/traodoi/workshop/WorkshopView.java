package vn.traodoi.workshop;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.place.Organization;
import vn.traodoi.system.Page;
import vn.traodoi.task.FollowUpTask;

/**
 * What the workshop page shows: the record with its participants, the versions of the draft and one page of the latest
 * version's sections, one page of the comments, the tasks from the conclusions and, for the holder, the tools to answer
 * and to invite ({@code holder}, null for a participating organization). Built by {@link WorkshopViews}; the page reads
 * its parts by the names of {@link #attributes()}.
 */
record WorkshopView(Workshop workshop, boolean canEdit, List<Participant> participants, List<DraftVersion> versions,
        @Nullable DraftVersion latest, @Nullable Page<DraftSection> sectionPage, Comments comments,
        Map<Long, Long> perSection, List<Comment> absorbable, String commentsBase, String sectionsBase,
        List<FollowUpTask> tasks, Map<Long, String> organizationNames, @Nullable Holder holder) {

    /** The answers a response may give. */
    static final List<CommentStatus> RESPONSE_KINDS = List.of(CommentStatus.ABSORBED, CommentStatus.EXPLAINED,
            CommentStatus.RESERVED);

    /** One page of the comments (all, or the unanswered ones) and how many there are. */
    record Comments(List<Comment> onPage, int page, int pages, int allCount, long unansweredCount, boolean unanswered) {
    }

    /** What only the holder's organizers use: response templates, invitations (usable at {@code now}), the directory. */
    record Holder(List<ResponseTemplate> templates, List<Invitation> invitations, Instant now,
            List<Organization> organizations) {
    }

    /** The parts by the names the page uses. */
    Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("partsOfDay", PartOfDay.values());
        model.put("responseKinds", RESPONSE_KINDS);
        model.put("workshop", workshop);
        model.put("canEdit", canEdit);
        model.put("participants", participants);
        model.put("versions", versions);
        if (latest != null) {
            model.put("latest", latest);
        }
        model.put("sections", sectionPage == null ? List.of() : sectionPage.items());
        if (sectionPage != null) {
            model.put("sectionPage", sectionPage);
        }
        model.put("allCount", comments.allCount());
        model.put("unansweredCount", comments.unansweredCount());
        model.put("unanswered", comments.unanswered());
        model.put("comments", comments.onPage());
        model.put("commentPage", comments.page());
        model.put("commentPages", comments.pages());
        model.put("commentsBase", commentsBase);
        model.put("sectionsBase", sectionsBase);
        model.put("perSection", perSection);
        model.put("absorbable", absorbable);
        if (holder != null) {
            model.put("templates", holder.templates());
            model.put("invitations", holder.invitations());
            model.put("now", holder.now());
            model.put("organizations", holder.organizations());
        }
        model.put("tasks", tasks);
        model.put("organizationNames", organizationNames);
        return model;
    }
}
