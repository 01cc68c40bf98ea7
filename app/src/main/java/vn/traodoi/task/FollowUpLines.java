package vn.traodoi.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.text.VietnameseText;

/**
 * Lines of proposals or conclusions as follow-up tasks ({@link ProposalLines}): which of them cannot become a task as
 * written, and, once a decision is committed ({@link FollowUpRequested}), the tasks of the others.
 */
@Service
public class FollowUpLines {

    private final TaskService tasks;
    private final OrganizationService organizations;

    FollowUpLines(TaskService tasks, OrganizationService organizations) {
        this.tasks = tasks;
        this.organizations = organizations;
    }

    /**
     * The lines that cannot become tasks as written (an organization not in the directory, a wrong deadline), without
     * creating any: what the user is shown at once, while the others become tasks once the change is committed
     * ({@link FollowUpRequested}).
     */
    public List<String> unresolved(CurrentUser user, @Nullable String lines, @Nullable Long delegationId,
            LocalDate notBefore) {
        return fromLines(user, lines, "", delegationId, null, notBefore, false);
    }

    /**
     * Tasks from lines of proposals or conclusions, one a line "content | lead organization | supporting | deadline"
     * (the deadline as "31/08/2023", "8/2023" or "2025-2030", or empty; {@link ProposalLines}); a deadline may not fall
     * before {@code notBefore}. A line whose organization is not known or whose deadline is wrong is returned, not
     * guessed. Called for a {@link FollowUpRequested}, once the decision is committed.
     */
    @Transactional
    List<String> create(CurrentUser user, @Nullable String proposals, String source, @Nullable Long delegationId,
            @Nullable Long workshopId, LocalDate notBefore) {
        return fromLines(user, proposals, source, delegationId, workshopId, notBefore, true);
    }

    private List<String> fromLines(CurrentUser user, @Nullable String proposals, String source,
            @Nullable Long delegationId, @Nullable Long workshopId, LocalDate notBefore, boolean create) {
        List<String> unresolved = new ArrayList<>();
        List<Organization> known = organizations.all();
        for (ProposalLines.Line line : ProposalLines.read(proposals)) {
            Optional<Long> lead = line.readable() ? organization(known, line.lead()) : Optional.empty();
            List<Optional<Long>> support = line.supporting().stream().map(name -> organization(known, name)).toList();
            if (lead.isEmpty() || support.stream().anyMatch(Optional::isEmpty)) {
                unresolved.add(line.written());
                continue;
            }
            String from = line.proposedBy() == null ? source : source + " (" + line.proposedBy() + ")";
            TaskForm form = new TaskForm(line.content(), List.of(lead.get()), Deadlines.kindOf(line.deadline()),
                    line.deadline(), delegationId, from, null, support.stream().map(Optional::orElseThrow).toList());
            try {
                TaskService.Checked checked = tasks.check(user, form, notBefore);
                if (create) {
                    tasks.insert(user, form, checked, workshopId);
                }
            } catch (InvalidInputException e) {
                unresolved.add(line.written());
            }
        }
        return unresolved;
    }

    private static Optional<Long> organization(List<Organization> known, String name) {
        return known.stream().filter(o -> VietnameseText.equalsFolded(o.name(), name)
                || o.shortName() != null && VietnameseText.equalsFolded(o.shortName(), name)).map(o -> o.id()).findFirst();
    }
}
