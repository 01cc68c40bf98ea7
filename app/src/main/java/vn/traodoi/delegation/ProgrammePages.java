package vn.traodoi.delegation;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
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
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.ICalendarWriter;

/** The programme tab of a delegation: its stops and each stop's sessions, and the programme as a calendar file. */
@Controller
@RequestMapping("/delegations/{id}")
class ProgrammePages {

    private final PlanService plans;
    private final ProgrammeService programme;
    private final RecordPage record;
    private final ProgrammeCalendar calendar;

    ProgrammePages(PlanService plans, ProgrammeService programme, RecordPage record, ProgrammeCalendar calendar) {
        this.plans = plans;
        this.programme = programme;
        this.record = record;
        this.calendar = calendar;
    }

    /** "Tải lịch (.ics)": the sessions with a day, for Outlook, Google Calendar or a phone; 404 for another's record. */
    @GetMapping("/programme.ics")
    ResponseEntity<byte[]> programmeFile(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Locale locale) {
        byte[] ics = calendar.file(me, id, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICalendarWriter.MEDIA_TYPE))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("lich-trinh-doan-" + id + ".ics", StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "private, no-store")
                .body(ics);
    }

    @PostMapping("/stops")
    String addStop(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("stopForm") StopForm form, BindingResult errors, Model model) {
        return record.subForm(me, id, "programme", "stopForm", form, errors, model, () -> plans.addStop(me, id, form));
    }

    @PostMapping("/sessions")
    String addSession(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model) {
        return record.subForm(me, id, "programme", "sessionForm", form, errors, model,
                () -> programme.addSession(me, id, form));
    }

    @PostMapping("/sessions/{sessionId}/delete")
    String removeSession(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long sessionId,
            @RequestParam int version, RedirectAttributes redirect) {
        return record.simple(id, "programme", redirect, () -> programme.removeSession(me, id, sessionId, version));
    }
}
