package vn.traodoi.web;

import static vn.traodoi.account.SecurityConfiguration.LAST_USERNAME;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, which says what traodoi does and where to start, and the sign-in page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object last = session.getAttribute(LAST_USERNAME);
        session.removeAttribute(LAST_USERNAME);
        model.addAttribute("lastUsername", last instanceof String s ? s : "");
        return "login";
    }
}
