package vn.traodoi.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.DemoDataRequested;

/**
 * The first run's two answers, on the administrator's home page: the demo data (the page then shows, once, the demo
 * users created and their password), or an empty start.
 */
@Controller
@RequestMapping("/admin/first-run")
class FirstRunPages {

    private final FirstRun firstRun;

    FirstRunPages(FirstRun firstRun) {
        this.firstRun = firstRun;
    }

    @PostMapping("/demo")
    String demo(@AuthenticationPrincipal CurrentUser me, Model model) {
        DemoDataRequested loaded = firstRun.loadDemo(me);
        model.addAttribute("createdUsers", loaded.createdUsers());
        model.addAttribute("password", loaded.password());
        return "admin/first-run";
    }

    @PostMapping("/empty")
    String empty(@AuthenticationPrincipal CurrentUser me) {
        firstRun.startEmpty(me);
        return "redirect:/";
    }
}
