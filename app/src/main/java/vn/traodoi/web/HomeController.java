package vn.traodoi.web;

import static vn.traodoi.account.SecurityConfiguration.LAST_USERNAME;
import static vn.traodoi.account.SecurityConfiguration.SIGN_IN_REFUSAL;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, which says what traodoi does and where to start, and the sign-in page. */
@Controller
class HomeController {

    private final vn.traodoi.delegation.DelegationQueries delegations;
    private final vn.traodoi.task.TaskService tasks;
    private final vn.traodoi.report.OwedReports reports;
    private final vn.traodoi.workshop.Workshops workshops;
    private final vn.traodoi.news.PublicNews news;

    private final Clock clock;


    HomeController(vn.traodoi.delegation.DelegationQueries delegations, vn.traodoi.task.TaskService tasks,
            vn.traodoi.report.OwedReports reports, vn.traodoi.workshop.Workshops workshops,
            vn.traodoi.news.PublicNews news, Clock clock) {

        this.clock = clock;
        this.delegations = delegations;
        this.tasks = tasks;
        this.reports = reports;
        this.workshops = workshops;
        this.news = news;
    }

    @GetMapping("/")
    String home(@org.springframework.security.core.annotation.AuthenticationPrincipal
            vn.traodoi.account.@org.jspecify.annotations.Nullable CurrentUser me, Model model) {
        if (me != null) {
            model.addAttribute("approvals", me.has(vn.traodoi.account.Role.APPROVER)
                    ? delegations.awaitingApproval(me) : java.util.List.of());
            model.addAttribute("hostRequests", me.has(vn.traodoi.account.Role.ORGANIZER)
                    ? delegations.awaitingHostAnswer(me) : java.util.List.of());
            model.addAttribute("proposals", me.has(vn.traodoi.account.Role.ORGANIZER)
                    ? delegations.awaitingProposalAnswer(me) : java.util.List.of());
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            model.addAttribute("owedReports", reports.owedBy(me));
            model.addAttribute("unansweredWorkshops", workshops.awaitingAnswers(me));
            model.addAttribute("today", today);
            model.addAttribute("dueTasks", tasks.mine(me, "ALL", null).stream()
                    .filter(t -> t.assigneeIds().contains(me.orgId()))
                    .filter(t -> t.overdue(today) || (t.deadlineDate() != null && !t.deadlineDate().isAfter(today.plusDays(7))
                            && (t.status() == vn.traodoi.task.FollowUpTask.Status.OPEN
                                    || t.status() == vn.traodoi.task.FollowUpTask.Status.IN_PROGRESS)))
                    .toList());
        }
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
        model.addAttribute("refusal", refusal instanceof vn.traodoi.account.SignInRefusal r ? r : null);
        return "login";
    }
}
