package vn.traodoi.task;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.ICalendarWriter;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.system.CsvWriter;
import vn.traodoi.system.Downloads;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.Page;
import vn.traodoi.system.Upload;
import vn.traodoi.system.XlsxWriter;

/** Nhiệm vụ: my organization's tasks, a new task, one task with its progress, the dashboard, the calendar feed. */
@Controller
@RequestMapping("/tasks")
class TaskPages {

    private static final int PAGE_SIZE = 50;

    private final TaskService tasks;
    private final OrganizationService organizations;
    private final AccountService accounts;
    private final TaskEvidence evidence;

    private final Clock clock;
    private final TaskDashboard dashboard;
    private final FollowUpLeftovers leftovers;

    private final MessageSource messages;
    private final PersonalCalendar calendar;

    TaskPages(TaskService tasks, OrganizationService organizations, AccountService accounts, TaskEvidence evidence,
            Clock clock, TaskDashboard dashboard, FollowUpLeftovers leftovers, MessageSource messages,
            PersonalCalendar calendar) {
        this.calendar = calendar;
        this.messages = messages;
        this.dashboard = dashboard;
        this.leftovers = leftovers;
        this.clock = clock;
        this.tasks = tasks;
        this.evidence = evidence;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("statuses", FollowUpTask.Status.values());
        model.addAttribute("deadlineKinds", FollowUpTask.DeadlineKind.values());
        model.addAttribute("organizationNames", organizations.all().stream()
                .collect(Collectors.toMap(o -> o.id(), o -> o.name())));
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "ALL") String status,
            @RequestParam(required = false) @Nullable Long delegation, @RequestParam(defaultValue = "1") int page,
            Model model) {
        String filter = status.equals("OVERDUE") || status.equals("ALL") || isStatus(status) ? status : "ALL";
        model.addAttribute("status", filter);
        model.addAttribute("delegation", delegation);
        List<FollowUpTask> all = tasks.mine(me, "ALL", null);
        List<FollowUpTask> matching = filter.equals("ALL") && delegation == null ? all : tasks.mine(me, filter, delegation);
        int current = Math.min(Math.max(page, 1), Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE));
        int from = Page.offset(current, PAGE_SIZE);
        Page<FollowUpTask> result = new Page<>(
                matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), matching.size(), current, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("tasks", result.items());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("leftovers", delegation == null ? leftovers.open(me) : List.of());
        LocalDate soon = LocalDate.now(clock).plusDays(3);
        List<FollowUpTask> assignedToUs = all.stream()
                .filter(t -> t.assigneeIds().contains(me.orgId())).toList();
        model.addAttribute("overdueCount", assignedToUs.stream().filter(t -> t.overdue(LocalDate.now(clock))).count());
        model.addAttribute("dueSoonCount", assignedToUs.stream().filter(t -> !t.overdue(LocalDate.now(clock))
                && (t.status() == FollowUpTask.Status.OPEN || t.status() == FollowUpTask.Status.IN_PROGRESS)
                && t.deadlineDate() != null && !t.deadlineDate().isAfter(soon)).count());
        return "tasks/list";
    }

    /** The list with its filter as a spreadsheet; the column names are stable identifiers for the programs that read it. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "ALL") String status,
            @RequestParam(required = false) @Nullable Long delegation, Locale locale) {
        return CsvWriter.download("nhiem-vu.csv", exported(me, status, delegation, locale));
    }

    /** The same list, the same columns, as an Excel workbook: a day's deadline as a date cell. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "ALL") String status, @RequestParam(required = false) @Nullable Long delegation,
            Locale locale) {
        return XlsxWriter.download("nhiem-vu.xlsx", messages.getMessage("tasks.title", null, locale),
                exported(me, status, delegation, locale));
    }

    private List<List<Object>> exported(CurrentUser me, String status, @Nullable Long delegation, Locale locale) {
        String filter = status.equals("OVERDUE") || status.equals("ALL") || isStatus(status) ? status : "ALL";
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = organizations.all().stream().collect(Collectors.toMap(o -> o.id(), o -> o.name()));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ma", "nhiem_vu", "chu_tri", "phoi_hop", "thoi_han", "trang_thai", "tien_do", "nguon", "ngay_giao"));
        for (FollowUpTask t : tasks.mine(me, filter, delegation)) {
            Object deadline = switch (t.deadlineKind()) {
                case DAY -> t.deadlineDate();
                case MONTH -> messages.getMessage("task.deadline.inMonth", new Object[] {
                        String.valueOf(t.deadlineDate().getMonthValue()), String.valueOf(t.deadlineDate().getYear())}, locale);
                case PERIOD -> messages.getMessage("task.deadline.inPeriod", new Object[] {String.valueOf(t.periodFrom()),
                        String.valueOf(t.periodTo())}, locale);
                case NONE -> "";
            };
            rows.add(Arrays.asList(t.id(), t.task(), join(t.leadIds(), names), join(t.supportIds(), names), deadline,
                    messages.getMessage("task.status." + (t.overdue(today) ? "OVERDUE" : t.status().name()), null, locale),
                    t.progress(), t.source() == null ? "" : t.source(), t.givenOn()));
        }
        return rows;
    }

    private static String join(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "")).collect(Collectors.joining("; "));
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("loads", dashboard.of(me));
        return "tasks/dashboard";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable Long delegation,
            @RequestParam(required = false) @Nullable Long session,
            @RequestParam(name = "leftover", required = false) @Nullable Long leftoverId, Model model) {
        TaskForm form = TaskForm.empty(delegation);
        String source = delegation == null ? null : tasks.sessionSource(me, delegation, session);
        if (source != null) {
            form = new TaskForm(null, List.of(), FollowUpTask.DeadlineKind.DAY, null, delegation, source, session, List.of(),
                    null);
        }
        if (leftoverId != null) {
            FollowUpLeftovers.Leftover line = leftovers.get(me, leftoverId);
            form = new TaskForm(line.content(), List.of(), Deadlines.kindOf(line.deadline()), line.deadline(),
                    line.delegationId(), line.taskSource(), null, List.of(), null);
            model.addAttribute("leftover", line);
        }
        model.addAttribute("form", form);
        model.addAttribute("organizations", organizations.all());
        return "tasks/form";
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") TaskForm form,
            BindingResult errors, @RequestParam(name = "leftover", required = false) @Nullable Long leftoverId,
            @RequestParam(defaultValue = "0") int leftoverVersion, Model model) {
        model.addAttribute("organizations", organizations.all());
        if (leftoverId != null) {
            model.addAttribute("leftover", leftovers.get(me, leftoverId));
        }
        if (errors.hasErrors()) {
            return "tasks/form";
        }
        try {
            return "redirect:/tasks/" + (leftoverId == null ? tasks.create(me, form)
                    : leftovers.assign(me, leftoverId, leftoverVersion, form)).id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageCode()));
            return "tasks/form";
        }
    }

    /** Records that a line left over is no task, with the reason; back to the page it was listed on. */
    @PostMapping("/leftovers/{id}/dismiss")
    String dismiss(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) @Nullable String note, @RequestParam(defaultValue = "/tasks") String back,
            RedirectAttributes redirect) {
        String target = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/tasks";
        try {
            leftovers.dismiss(me, id, version, note);
            redirect.addFlashAttribute("leftoverDone", "task.leftover.dismissed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("leftoverError", id);
        }
        return "redirect:" + target + "#leftovers";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("task", tasks.get(me, id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("files", evidence.files(me, id));
        return "tasks/show";
    }

    @PostMapping("/{id}/evidence")
    String addEvidence(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            evidence.add(me, id, Upload.of(file));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/tasks/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.problems().getFirst());
            return show(me, id, model);
        }
    }

    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<FileSystemResource> evidenceFile(@AuthenticationPrincipal CurrentUser me,
            @PathVariable long id, @PathVariable long fileId) {
        TaskEvidence.Download file = evidence.download(me, id, fileId);
        return Downloads.attachment(file.path(), file.fileName(), file.contentType());
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam FollowUpTask.Status status,
            @RequestParam(defaultValue = "0") int progress, @RequestParam(required = false) @Nullable String evidence,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        try {
            tasks.update(me, id, status, progress, evidence, version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/tasks/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("updateError", e.problems().getFirst().messageCode());
            model.addAttribute("typedEvidence", evidence);
            return show(me, id, model);
        }
    }

    /**
     * The personal calendar feed for calendar apps, signed in or with {@code ?token=td_…}: the deadlines of the
     * organization's tasks and the sessions of the delegations the user may see ({@link PersonalCalendar}).
     */
    @GetMapping(value = "/calendar.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal @Nullable CurrentUser me,
            @RequestParam(required = false) @Nullable String token, Locale locale) {
        Optional<CurrentUser> user = me != null ? Optional.of(me)
                : token == null ? Optional.empty() : accounts.byApiToken(token);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN)
                    .body("Cần đăng nhập hoặc ?token=<mã truy cập cá nhân> / Sign in or add ?token=<personal API token>"
                            .getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendarWriter.MEDIA_TYPE))
                .header("Content-Disposition", "inline; filename=\"nhiem-vu.ics\"")
                .header("Cache-Control", "private, no-store")
                .body(calendar.feed(user.get(), locale));
    }

    private static boolean isStatus(String s) {
        for (FollowUpTask.Status status : FollowUpTask.Status.values()) {
            if (status.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
