package vn.traodoi.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.DemoDataRequested;

/**
 * The first run's two answers, on the administrator's home page: the demo data (the page then shows, once, the demo
 * users created and their password), or an empty start; and later the demo data page ({@code /admin/demo-data}), which
 * says what removing the demo data would remove and removes it once the administrator confirms.
 */
@Controller
@RequestMapping("/admin")
class FirstRunPages {

    private final FirstRun firstRun;

    FirstRunPages(FirstRun firstRun) {
        this.firstRun = firstRun;
    }

    @PostMapping("/first-run/demo")
    String demo(@AuthenticationPrincipal CurrentUser me, Model model) {
        DemoDataRequested loaded = firstRun.loadDemo(me);
        model.addAttribute("createdUsers", loaded.createdUsers());
        model.addAttribute("password", loaded.password());
        return "admin/first-run";
    }

    @PostMapping("/first-run/empty")
    String empty(@AuthenticationPrincipal CurrentUser me) {
        firstRun.startEmpty(me);
        return "redirect:/";
    }

    @GetMapping("/demo-data")
    String demoData(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("preview", firstRun.removalPreview(me));
        model.addAttribute("loadedOnStart", firstRun.demoLoadedOnStart());
        return "admin/demo-data";
    }

    /** Removes the demo data once the box saying that it cannot be undone is ticked; else the page asks again. */
    @PostMapping("/demo-data/remove")
    String removeDemo(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String understood,
            Model model, RedirectAttributes redirect) {
        if (!"on".equals(understood)) {
            model.addAttribute("notUnderstood", true);
            return demoData(me, model);
        }
        redirect.addFlashAttribute("removed", firstRun.removeDemo(me));
        return "redirect:/admin/demo-data";
    }
}
