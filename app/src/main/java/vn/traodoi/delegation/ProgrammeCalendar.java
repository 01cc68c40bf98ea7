package vn.traodoi.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.CalendarEvent;
import vn.traodoi.document.ICalendarWriter;

/**
 * The programme of delegations as iCalendar: one delegation's as a file to download ("Tải lịch (.ics)"), and the
 * sessions of every delegation a user may see for the personal feed. What a user may see is decided by
 * {@link DelegationAccess#sideOf}, as on the record's pages: the organizer, the hosts once the delegation was sent to
 * them, the members' organizations and the members themselves once the plan was approved. Each session becomes an
 * event as {@link SessionEvents} says; a session without a day gives none.
 */
@Service
public class ProgrammeCalendar {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final DelegationQueries queries;
    private final AccountService accounts;
    private final SessionEvents events;
    private final ICalendarWriter writer;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeCalendar(Delegations delegations, DelegationAccess access, DelegationQueries queries,
            AccountService accounts, SessionEvents events, ICalendarWriter writer, MessageSource messages, Clock clock) {
        this.delegations = delegations;
        this.access = access;
        this.queries = queries;
        this.accounts = accounts;
        this.events = events;
        this.writer = writer;
        this.messages = messages;
        this.clock = clock;
    }

    /** The delegation's programme as an iCalendar file, if {@code user} may see the delegation; otherwise 404. */
    public byte[] file(CurrentUser user, long id, Locale locale) {
        Delegation d = access.get(user, id);
        List<CalendarEvent> sessions = events.of(d, delegations.updatedAt(List.of(id)).get(id), locale);
        return writer.write(messages.getMessage("ical.programme.name", new Object[] {d.title()}, locale), sessions,
                clock.instant());
    }

    /** The events of the dated sessions of every delegation that {@code user} may see, for the personal feed. */
    public List<CalendarEvent> sessions(CurrentUser user, Locale locale) {
        Long person = accounts.personOf(user.userId()).orElse(null);
        List<Long> ids = queries.withDatedSessions(user, person);
        Map<Long, Instant> updated = delegations.updatedAt(ids);
        List<CalendarEvent> all = new ArrayList<>();
        for (long id : ids) {
            delegations.find(id).filter(d -> access.sideOf(d, user).isPresent())
                    .ifPresent(d -> all.addAll(events.of(d, updated.get(id), locale)));
        }
        return all;
    }
}
