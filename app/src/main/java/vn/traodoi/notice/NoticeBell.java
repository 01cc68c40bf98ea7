package vn.traodoi.notice;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.traodoi.account.CurrentUser;

/**
 * The bell of every page's header: the signed-in user's unread notices (0 for a visitor, and 0 rather than an error
 * while the database cannot be reached; a page rendered by an exception handler shows no count).
 */
@ControllerAdvice(annotations = Controller.class)
class NoticeBell {

    private final Notices notices;

    NoticeBell(Notices notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    long unreadNotices() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user)) {
            return 0;
        }
        try {
            return notices.unread(user);
        } catch (DataAccessException e) {
            return 0;
        }
    }
}
