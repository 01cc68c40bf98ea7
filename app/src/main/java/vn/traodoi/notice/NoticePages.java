package vn.traodoi.notice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;

/** Thông báo: my notices, newest first; opening one marks it read and goes to its record. */
@Controller
@RequestMapping("/notices")
class NoticePages {

    private static final int PAGE_SIZE = 30;

    private final Notices notices;

    NoticePages(Notices notices) {
        this.notices = notices;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("result", notices.page(me, unread, page, PAGE_SIZE));
        return "notices/list";
    }

    @PostMapping("/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return "redirect:" + notices.open(me, id);
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("readAll", notices.readAll(me));
        return "redirect:/notices";
    }
}
