package vn.traodoi.search;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.account.CurrentUser;

/** Tra cứu: {@code /search?q=chinh quyen do thi}. */
@Controller
class SearchPages {

    private final KnowledgeSearch search;

    SearchPages(KnowledgeSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", search.search(me, q));
        return "search";
    }
}
