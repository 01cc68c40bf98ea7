package vn.traodoi.system;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * What every kind of e-mail reminder shares: nothing happens without an SMTP server; one app node at a time works,
 * holding a transaction-scoped advisory lock; the work records each reminder in the same transaction as its sending,
 * so that a reminder goes out once and a failed send is tried again the next day.
 */
@Component
public class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SingleNode node;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final MessageSource messages;

    ReminderMail(SingleNode node, ObjectProvider<JavaMailSender> mail,
            @Value("${traodoi.mail.from}") String from, MessageSource messages) {
        this.messages = messages;
        this.node = node;
        this.mail = mail;
        this.from = from;
    }

    /**
     * Runs {@code work} (which returns how many reminders it sent) in one transaction under the advisory lock
     * {@code lock}; 0 without SMTP or while another node holds the lock.
     */
    public int once(long lock, IntSupplier work) {
        if (mail.getIfAvailable() == null) {
            return 0;
        }
        return node.once(lock, work);
    }

    /** The morning run of a scheduler: logs what went out, and a failure (tried again tomorrow) without throwing. */
    public void daily(String what, IntSupplier run) {
        try {
            int sent = run.getAsInt();
            if (sent > 0) {
                log.info("{} {} sent", sent, what);
            }
        } catch (RuntimeException e) {
            log.warn("{} not sent today, will try again tomorrow: {}", what, e.getMessage());
        }
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Sends a reminder whose subject and body are the bundles' {@code <code>.subject.<kind>} and
     * {@code <code>.body.<kind>}, in Vietnamese (with its English line), with these arguments as written (an id is
     * not formatted as a number); the subject's first argument is shortened.
     */
    public void send(List<String> to, String code, String kind, String about, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = about;
        for (int k = 0; k < arguments.length; k++) {
            all[k + 1] = String.valueOf(arguments[k]);
        }
        String body = messages.getMessage(code + ".body." + kind, all, VIETNAMESE);
        all[0] = shorten(about);
        send(to, messages.getMessage(code + ".subject." + kind, all, VIETNAMESE), body);
    }

    /** Sends one plain-text UTF-8 message; a failure throws, which rolls back the record of the reminder. */
    public void send(List<String> to, String subject, String text) {
        JavaMailSender sender = mail.getObject();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject(subject);
            helper.setText(text);
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("reminder '" + subject + "' not sent", e);
        }
    }

    /** A title short enough for a subject line. */
    public static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
