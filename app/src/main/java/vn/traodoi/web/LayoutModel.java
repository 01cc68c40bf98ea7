package vn.traodoi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.traodoi.account.CurrentUser;

/** What every page's layout needs: the signed-in user, the language and the link to the other language. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("me")
    @Nullable CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "vi";
    }

    /** The current address with {@code lang} set to the other language, other parameters kept. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request) {
        String other = lang().equals("en") ? "vi" : "en";
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).toLowerCase(Locale.ROOT);
    }

    /** For pages rendered by exception handlers, which Spring gives a model without these attributes. */
    void populate(Model model, HttpServletRequest request) {
        model.addAttribute("me", me());
        model.addAttribute("lang", lang());
        model.addAttribute("otherLanguageUrl", otherLanguageUrl(request));
        model.addAttribute("requestPath", requestPath(request));
    }
}
