package vn.traodoi.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.document.IssuedType;
import vn.traodoi.system.Page;
import vn.traodoi.text.VietnameseText;

/**
 * Sổ văn bản đi as a list: the caller's organization's register, filtered by year, type, status and words of the
 * summary or the number (each word, with or without diacritics), newest first; only its organizers and approvers read it.
 */
@Service
class RegisterQueries {

    /** Shown or only cancelled or only in force; {@code null} is all. */
    enum Status { ISSUED, CANCELLED }

    /** The filters of the list; each {@code null} is "all". */
    record Filter(@Nullable Integer year, @Nullable IssuedType type, @Nullable Status status, @Nullable String q) {
    }

    /** A line as the list shows it, with the names of who issued and who cancelled, and the day of the cancellation. */
    record Row(RegisterEntry entry, String issuedByName, @Nullable String cancelledByName,
            @Nullable LocalDate cancelledOn) {
    }

    /** How many lines match, and how many of them are cancelled. */
    record Counts(long total, long cancelled) {
    }

    private static final String WHERE = """
            organization_id = :org
              AND (CAST(:year AS integer) IS NULL OR year = :year)
              AND (CAST(:type AS text) IS NULL OR type = :type)
              AND (CAST(:status AS text) IS NULL OR (:status = 'CANCELLED') = (cancelled_at IS NOT NULL))
              AND (CAST(:q AS text) IS NULL OR NOT EXISTS (
                   SELECT 1 FROM unnest(string_to_array(:q, ' ')) AS word
                   WHERE word <> '' AND strpos(vn_fold(summary || ' ' || CASE WHEN number < 10 THEN '0' ELSE '' END
                                                       || number || '/' || symbol), word) = 0))""";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;

    RegisterQueries(JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    Page<Row> list(CurrentUser user, Filter filter, int page, int size) {
        DocumentRegister.requireStaff(user, user.orgId());
        Counts counts = counts(user, filter);
        int pages = (int) Math.max(1, (counts.total() + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        List<RegisterEntry> entries = jdbc.sql("SELECT " + RegisterEntry.COLUMNS + " FROM register_entries WHERE "
                        + WHERE + " ORDER BY year DESC, issued_on DESC, id DESC OFFSET :offset LIMIT :limit")
                .params(parameters(user, filter)).param("offset", Page.offset(current, size)).param("limit", size)
                .query(RegisterEntry.class).list();
        return new Page<>(rows(entries), counts.total(), current, size);
    }

    private List<Row> rows(List<RegisterEntry> entries) {
        Set<Long> people = new HashSet<>();
        entries.forEach(e -> {
            people.add(e.issuedBy());
            if (e.cancelledBy() != null) {
                people.add(e.cancelledBy());
            }
        });
        Map<Long, String> names = accounts.fullNames(people);
        return entries.stream().map(e -> new Row(e, names.getOrDefault(e.issuedBy(), ""),
                e.cancelledBy() == null ? null : names.get(e.cancelledBy()),
                e.cancelledAt() == null ? null : e.cancelledAt().atZoneSameInstant(clock.getZone()).toLocalDate())).toList();
    }

    /** One line of the caller's organization's register, with the names; empty for another organization's line. */
    Optional<Row> row(CurrentUser user, long id) {
        DocumentRegister.requireStaff(user, user.orgId());
        return jdbc.sql("SELECT " + RegisterEntry.COLUMNS + " FROM register_entries WHERE id = ? AND organization_id = ?")
                .params(id, user.orgId()).query(RegisterEntry.class).optional()
                .map(e -> rows(List.of(e)).getFirst());
    }

    Counts counts(CurrentUser user, Filter filter) {
        DocumentRegister.requireStaff(user, user.orgId());
        return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE cancelled_at IS NOT NULL) FROM register_entries WHERE "
                        + WHERE)
                .params(parameters(user, filter)).query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The years the organization's register has lines in, newest first. */
    List<Integer> years(CurrentUser user) {
        DocumentRegister.requireStaff(user, user.orgId());
        return jdbc.sql("SELECT DISTINCT year FROM register_entries WHERE organization_id = ? ORDER BY year DESC")
                .param(user.orgId()).query(Integer.class).list();
    }

    private static Map<String, @Nullable Object> parameters(CurrentUser user, Filter filter) {
        String folded = filter.q() == null || filter.q().isBlank() ? null : VietnameseText.fold(filter.q());
        HashMap<String, @Nullable Object> p = new HashMap<>();
        p.put("org", user.orgId());
        p.put("year", filter.year());
        p.put("type", filter.type() == null ? null : filter.type().name());
        p.put("status", filter.status() == null ? null : filter.status().name());
        p.put("q", folded == null || folded.isBlank() ? null : folded);
        return p;
    }
}
