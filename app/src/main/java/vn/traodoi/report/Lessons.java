package vn.traodoi.report;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.traodoi.account.CurrentUser;

/**
 * Bài học kinh nghiệm: what the organization learned, searchable with or without diacritics ("chinh quyen do thi"),
 * each with the delegation it came from and the places visited, and the article it was taken from when it came from
 * an archive import rather than a trip report.
 */
@Controller
class Lessons {

    private final LessonLibrary library;

    Lessons(LessonLibrary library) {
        this.library = library;
    }

    @GetMapping("/lessons")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long place, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("place", place);
        model.addAttribute("localities", library.localities(me));
        model.addAttribute("lessons", library.find(me, q, place));
        return "reports/lessons";
    }
}
