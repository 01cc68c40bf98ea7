package vn.traodoi.web;

import static vn.traodoi.account.SecurityConfiguration.LAST_USERNAME;
import static vn.traodoi.account.SecurityConfiguration.SIGN_IN_REFUSAL;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.traodoi.account.Role;
import vn.traodoi.account.SignInRefusal;
import vn.traodoi.delegation.DelegationQueries;
import vn.traodoi.news.PublicNews;
import vn.traodoi.report.OwedReports;
import vn.traodoi.task.FollowUpLeftovers;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskService;
import vn.traodoi.workshop.Workshops;

/** The home page, which says what traodoi does and where to start, and the sign-in page. */
@Controller
class HomeController {

    private final DelegationQueries delegations;
    private final TaskService tasks;
    private final OwedReports reports;
    private final Workshops workshops;
    private final PublicNews news;

    private final Clock clock;
    private final FollowUpLeftovers leftovers;
    private final FirstRun firstRun;


    HomeController(DelegationQueries delegations, TaskService tasks,
            OwedReports reports, Workshops workshops,
            PublicNews news, Clock clock, FollowUpLeftovers leftovers, FirstRun firstRun) {
        this.leftovers = leftovers;
        this.firstRun = firstRun;

        this.clock = clock;
        this.delegations = delegations;
        this.tasks = tasks;
        this.reports = reports;
        this.workshops = workshops;
        this.news = news;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal
            vn.traodoi.account.@Nullable CurrentUser me, Model model) {
        if (me != null) {
            model.addAttribute("approvals", me.has(Role.APPROVER)
                    ? delegations.awaitingApproval(me) : List.of());
            model.addAttribute("hostRequests", me.has(Role.ORGANIZER)
                    ? delegations.awaitingHostAnswer(me) : List.of());
            model.addAttribute("proposals", me.has(Role.ORGANIZER)
                    ? delegations.awaitingProposalAnswer(me) : List.of());
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("owedReports", reports.owedBy(me));
            model.addAttribute("leftovers", me.has(Role.ORGANIZER) || me.has(Role.APPROVER)
                    ? leftovers.open(me) : List.of());
            model.addAttribute("unansweredWorkshops", workshops.awaitingAnswers(me));
            model.addAttribute("today", today);
            model.addAttribute("dueTasks", tasks.mine(me, "ALL", null).stream()
                    .filter(t -> t.assigneeIds().contains(me.orgId()))
                    .filter(t -> t.overdue(today) || (t.deadlineDate() != null && !t.deadlineDate().isAfter(today.plusDays(7))
                            && (t.status() == FollowUpTask.Status.OPEN
                                    || t.status() == FollowUpTask.Status.IN_PROGRESS)))
                    .toList());
        }
        boolean asks = me != null && firstRun.asks(me);
        model.addAttribute("firstRun", asks);
        model.addAttribute("demoPresent", !asks && me != null && firstRun.demoPresent(me));
        model.addAttribute("newsSites", news.activeSites());
        return "home";
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object last = session.getAttribute(LAST_USERNAME);
        session.removeAttribute(LAST_USERNAME);
        model.addAttribute("lastUsername", last instanceof String s ? s : "");
        Object refusal = session.getAttribute(SIGN_IN_REFUSAL);
        session.removeAttribute(SIGN_IN_REFUSAL);
        model.addAttribute("refusal", refusal instanceof SignInRefusal r ? r : null);
        return "login";
    }
}
