package vn.traodoi.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;

/** The audit log for administrators: filters kept in the address, newest first, one page per event. */
@Controller
@RequestMapping("/admin/audit")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate to,
            @RequestParam(defaultValue = "1") int page, Model model) {
        AuditLog.AuditQuery query = new AuditLog.AuditQuery(actor, entityType, entityId, from, to);
        Page<AuditEvent> result = new Page<>(audit.search(query, Page.offset(page, PAGE_SIZE), PAGE_SIZE),
                audit.count(query), Math.max(page, 1), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("entityTypes", audit.entityTypes());
        return "admin/audit/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("event", audit.find(id).orElseThrow(() -> new NotFoundException("audit event", id)));
        return "admin/audit/show";
    }
}
