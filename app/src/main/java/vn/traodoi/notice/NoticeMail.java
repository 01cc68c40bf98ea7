package vn.traodoi.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.AccountService.NoticeEmail;
import vn.traodoi.account.AccountService.Recipient;
import vn.traodoi.system.ReminderMail;

/**
 * Notices by e-mail, as each user chose: every minute the new notices of those who want them at once, one message
 * each; every morning at 07:00 one digest of the day's notices for those who want a digest. One node at a time sends
 * (an advisory lock), and a notice is marked in the transaction of its sending, so that it goes out once; those who
 * want no e-mail, or have no address, are marked too, and keep the notice in the app. Notices older than three days
 * are not mailed any more (an SMTP server configured later sends no backlog).
 */
@Component
class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);
    private static final long IMMEDIATE_LOCK = 727_010L;
    private static final long DIGEST_LOCK = 727_011L;

    private final JdbcClient jdbc;
    private final ReminderMail mail;
    private final AccountService accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    NoticeMail(JdbcClient jdbc, ReminderMail mail, AccountService accounts, MessageSource messages, Clock clock,
            @Value("${traodoi.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private record Unsent(long id, long userId, Notice notice) {
    }

    @Scheduled(fixedDelayString = "${traodoi.notices.mail-every:PT1M}", initialDelayString = "PT30S")
    void immediately() {
        try {
            sendImmediate();
        } catch (RuntimeException e) {
            log.warn("notices by e-mail not sent, will try again in a minute: {}", e.getMessage());
        }
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void digest() {
        mail.daily("notice digests", this::sendDigests);
    }

    /** Sends one message; a failure is logged and leaves the notice unsent, to be tried again. */
    private boolean sent(String to, String subject, String body) {
        try {
            mail.send(List.of(to), subject, body);
            return true;
        } catch (RuntimeException e) {
            log.warn("a notice to {} not sent, will try again: {}", to, e.getMessage());
            return false;
        }
    }

    /** Sends the unsent notices of those who want them at once, one message each; returns how many went out. */
    int sendImmediate() {
        return mail.once(IMMEDIATE_LOCK, () -> {
            int sent = 0;
            for (Map.Entry<Recipient, List<Unsent>> e : unsentByRecipient().entrySet()) {
                Recipient r = e.getKey();
                if (r.noticeEmail() == NoticeEmail.DIGEST && r.email() != null) {
                    continue;
                }
                for (Unsent u : e.getValue()) {
                    if (r.noticeEmail() == NoticeEmail.IMMEDIATE && r.email() != null) {
                        String text = text(u.notice(), r);
                        if (!sent(r.email(), "[traodoi] " + ReminderMail.shorten(text),
                                text + "\n\n" + publicUrl + u.notice().link() + "\n\n" + footer(r))) {
                            continue;
                        }
                        sent++;
                    }
                    mark(u.id());
                }
            }
            return sent;
        });
    }

    /** Sends one digest to each who wants one and has unsent notices; returns how many digests went out. */
    int sendDigests() {
        return mail.once(DIGEST_LOCK, () -> {
            int sent = 0;
            for (Map.Entry<Recipient, List<Unsent>> e : unsentByRecipient().entrySet()) {
                Recipient r = e.getKey();
                if (r.noticeEmail() != NoticeEmail.DIGEST || r.email() == null) {
                    continue;
                }
                StringBuilder body = new StringBuilder(message("notice.digest.lead", r, e.getValue().size()))
                        .append("\n\n");
                for (Unsent u : e.getValue()) {
                    body.append("- ").append(text(u.notice(), r)).append("\n  ").append(publicUrl)
                            .append(u.notice().link()).append('\n');
                }
                body.append('\n').append(footer(r));
                if (sent(r.email(), message("notice.digest.subject", r, e.getValue().size()), body.toString())) {
                    e.getValue().forEach(u -> mark(u.id()));
                    sent++;
                }
            }
            return sent;
        });
    }

    /** The unsent notices of the last three days, oldest first, by recipient; taken row by row (SKIP LOCKED). */
    private Map<Recipient, List<Unsent>> unsentByRecipient() {
        List<Unsent> unsent = jdbc.sql("""
                        SELECT id, user_id, message_key, arguments, link, created_at FROM notices
                        WHERE emailed_at IS NULL AND created_at > ? ORDER BY created_at, id LIMIT 500
                        FOR UPDATE SKIP LOCKED""")
                .param(OffsetDateTime.now(clock).minusDays(3))
                .query((rs, n) -> new Unsent(rs.getLong("id"), rs.getLong("user_id"), new Notice(rs.getLong("id"),
                        rs.getString("message_key"), List.of((String[]) rs.getArray("arguments").getArray()),
                        rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class), null)))
                .list();
        if (unsent.isEmpty()) {
            return Map.of();
        }
        Map<Long, Recipient> recipients = accounts.recipients(List.of(), Set.of(),
                        unsent.stream().map(Unsent::userId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Recipient::userId, Function.identity()));
        Map<Recipient, List<Unsent>> byRecipient = new LinkedHashMap<>();
        for (Unsent u : unsent) {
            Recipient r = recipients.get(u.userId());
            if (r == null) {
                mark(u.id());
            } else {
                byRecipient.computeIfAbsent(r, k -> new ArrayList<>()).add(u);
            }
        }
        return byRecipient;
    }

    private void mark(long id) {
        jdbc.sql("UPDATE notices SET emailed_at = now() WHERE id = ?").param(id).update();
    }

    private String text(Notice notice, Recipient r) {
        return messages.getMessage(notice.messageKey(), notice.arguments().toArray(), notice.messageKey(), locale(r));
    }

    private String footer(Recipient r) {
        return message("notice.mail.footer", r, publicUrl + "/account");
    }

    private String message(String key, Recipient r, Object... arguments) {
        return messages.getMessage(key, arguments, locale(r));
    }

    private static Locale locale(Recipient r) {
        return Locale.forLanguageTag(r.locale());
    }
}
