package vn.traodoi.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.traodoi.system.InvalidInputException;

/** The signed-in user's own page: password and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final Clock clock;

    AccountPages(AccountService accounts, ApiTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("account", accounts.get(me.userId()));
        model.addAttribute("tokens", tokens.of(me.userId()));
        model.addAttribute("now", tokens.now());
        model.addAttribute("personId", accounts.personOf(me.userId()));
        model.addAttribute("noticeEmail", accounts.noticeEmail(me));
        model.addAttribute("noticeEmails", AccountService.NoticeEmail.values());
        return "account/show";
    }

    /** How I want notices by e-mail: each at once, one digest every morning, or none. */
    @PostMapping("/notices")
    String noticeEmail(@AuthenticationPrincipal CurrentUser me, @RequestParam AccountService.NoticeEmail mode,
            RedirectAttributes redirect) {
        accounts.setNoticeEmail(me, mode);
        redirect.addFlashAttribute("noticeEmailSaved", true);
        return "redirect:/account#notice-section";
    }

    /**
     * Changes the password; a problem is shown beside its field, and a current-password check refused by the
     * throttle answers 429 with the time to wait. Nothing typed is shown again: the fields are all passwords.
     */
    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal CurrentUser me, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "account.password.mismatch");
            }
            accounts.changePassword(me, request.getRemoteAddr(), currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        } catch (InvalidInputException e) {
            model.addAttribute("passwordErrorField", e.problems().getFirst().field());
            model.addAttribute("passwordError", e.problems().getFirst().messageCode());
            return show(me, model);
        } catch (LoginThrottle.RefusedException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.verdict().secondsLeft(clock)));
            model.addAttribute("passwordRefusal", SignInRefusal.of(e.verdict(), clock));
            return show(me, model);
        }
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate expiresOn,
            Model model) {
        try {
            ApiTokens.Created created = tokens.create(me, name, expiresOn);
            model.addAttribute("createdSecret", created.secret());
            model.addAttribute("createdToken", created.token());
        } catch (InvalidInputException e) {
            model.addAttribute("tokenError", e.problems().getFirst().messageCode());
            model.addAttribute("tokenName", name);
        }
        return show(me, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me, id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/account";
    }
}
