package vn.traodoi.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.traodoi.system.Days;
import vn.traodoi.system.ReminderMail;
import vn.traodoi.text.VietnameseText;

/**
 * The invitation link by e-mail, in Vietnamese (the expert has no account, so no language of their own): "Mời góp ý dự
 * thảo Nghị quyết về phân cấp", who asks, for which draft, the link and until when it works. The texts are
 * {@code workshop.invitation.mail.*} in the message bundles.
 */
@Component
class InvitationMail {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** How sending the link by e-mail went: not asked (no address), no SMTP server, sent, or failed. */
    public enum Mailing {
        NO_ADDRESS, NO_SMTP, SENT, FAILED
    }

    private final Workshops workshops;
    private final ReminderMail mail;
    private final MessageSource messages;
    private final Clock clock;

    InvitationMail(Workshops workshops, ReminderMail mail, MessageSource messages, Clock clock) {
        this.workshops = workshops;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Sends the invitation link to the expert's address, when one was given and an SMTP server is configured; the
     * link is shown to the secretary in any case, so a failure loses nothing.
     */
    public Mailing send(WorkshopInvitations.NewInvitation created, String link) {
        Invitation i = created.invitation();
        if (i.email() == null) {
            return Mailing.NO_ADDRESS;
        }
        if (!mail.configured()) {
            return Mailing.NO_SMTP;
        }
        Workshop w = workshops.find(i.workshopId()).orElseThrow();
        String until = Days.SHOWN.format(i.expiresAt().atZone(clock.getZone()).toLocalDate());
        // "dự thảo Nghị quyết về phân cấp" is named as it is; "Đề án tổ chức chính quyền đô thị" becomes "dự thảo Đề án …".
        String draft = VietnameseText.fold(w.projectTitle()).startsWith("du thao") ? w.projectTitle()
                : text("workshop.invitation.mail.draft", w.projectTitle());
        try {
            mail.send(List.of(i.email()), ReminderMail.shorten(text("workshop.invitation.mail.subject", draft)),
                    text("workshop.invitation.mail.body", i.expertName(), w.ownerName(), draft, w.title(), link, until));
            return Mailing.SENT;
        } catch (RuntimeException e) {
            return Mailing.FAILED;
        }
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, VIETNAMESE);
    }
}
