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

    /** A line that cannot become a task as written, and why: a message key and its argument (an unknown name). */
    record Unresolved(ProposalLines.Line line, String reason, @Nullable String argument) {
    }

    /**
     * The lines that cannot become tasks as written (an organization not in the directory, a wrong deadline), without
     * creating any: what the user is shown at once, while the others become tasks once the change is committed
     * ({@link FollowUpRequested}).
     */
    public List<String> unresolved(CurrentUser user, @Nullable String lines, @Nullable Long delegationId,
            LocalDate notBefore) {
        return fromLines(user, lines, "", delegationId, null, notBefore, false).unresolved().stream()
                .map(u -> u.line().written()).toList();
    }

    /** What a request's lines became: the tasks created, the lines that could not be. */
    record Outcome(List<FollowUpTask> created, List<Unresolved> unresolved) {
    }

    /**
     * Tasks from lines of proposals or conclusions, one a line "content | lead organization | supporting | deadline"
     * (the deadline as "31/08/2023", "8/2023" or "2025-2030", or empty; {@link ProposalLines}); a deadline may not fall
     * before {@code notBefore}. A line whose organization is not known or whose deadline is wrong is returned, not
     * guessed. Called for a {@link FollowUpRequested}, once the decision is committed.
     */
    @Transactional
    Outcome create(CurrentUser user, @Nullable String proposals, String source, @Nullable Long delegationId,
            @Nullable Long workshopId, LocalDate notBefore) {
        return fromLines(user, proposals, source, delegationId, workshopId, notBefore, true);
    }

    private Outcome fromLines(CurrentUser user, @Nullable String proposals, String source,
            @Nullable Long delegationId, @Nullable Long workshopId, LocalDate notBefore, boolean create) {
        List<Unresolved> unresolved = new ArrayList<>();
        List<FollowUpTask> created = new ArrayList<>();
        List<Organization> known = organizations.all();
        for (ProposalLines.Line line : ProposalLines.read(proposals)) {
            if (!line.readable()) {
                unresolved.add(new Unresolved(line, "task.leftover.noLead", null));
                continue;
            }
            Optional<Long> lead = organization(known, line.lead());
            if (lead.isEmpty()) {
                unresolved.add(new Unresolved(line, "task.leftover.unknownOrganization", line.lead()));
                continue;
            }
            Optional<String> unknownSupport = line.supporting().stream()
                    .filter(name -> organization(known, name).isEmpty()).findFirst();
            if (unknownSupport.isPresent()) {
                unresolved.add(new Unresolved(line, "task.leftover.unknownOrganization", unknownSupport.get()));
                continue;
            }
            List<Long> support = line.supporting().stream().map(name -> organization(known, name).orElseThrow()).toList();
            String from = line.proposedBy() == null ? source : source + " (" + line.proposedBy() + ")";
            TaskForm form = new TaskForm(line.content(), List.of(lead.get()), Deadlines.kindOf(line.deadline()),
                    line.deadline(), delegationId, from, null, support, null);
            try {
                TaskService.Checked checked = tasks.check(user, form, notBefore);
                if (create) {
                    created.add(tasks.insert(user, form, checked, workshopId));
                }
            } catch (InvalidInputException e) {
                unresolved.add(new Unresolved(line, e.problems().getFirst().messageCode(), null));
            }
        }
        return new Outcome(created, unresolved);
    }

    private static Optional<Long> organization(List<Organization> known, String name) {
        return known.stream().filter(o -> VietnameseText.equalsFolded(o.name(), name)
                || o.shortName() != null && VietnameseText.equalsFolded(o.shortName(), name)).map(o -> o.id()).findFirst();
    }
}
