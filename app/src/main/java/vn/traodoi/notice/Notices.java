package vn.traodoi.notice;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Page;

/**
 * The notices of each user: given once a change is committed ({@link NoticeRequested}, through the event publication
 * registry, so that none is lost and a repeated delivery gives nothing twice), listed newest first, read when opened.
 * A user sees only their own notices; another's answers 404.
 */
@Service
public class Notices {

    private static final RowMapper<Notice> ROW = (rs, n) -> new Notice(rs.getLong("id"), rs.getString("message_key"),
            strings(rs.getArray("arguments")), rs.getString("link"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("read_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final AccountService accounts;

    Notices(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Gives the notice to each recipient but the one who made the change, once. */
    @ApplicationModuleListener
    public void on(NoticeRequested request) {
        for (AccountService.Recipient r : accounts.recipients(request.organizationIds(), request.roles(),
                request.userIds())) {
            if (request.actorId() != null && r.userId() == request.actorId()) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO notices (user_id, notice_key, message_key, arguments, link, emailed_at)
                            VALUES (?, ?, ?, ?, ?, CASE WHEN ? THEN NULL ELSE now() END)
                            ON CONFLICT (user_id, notice_key) DO NOTHING""")
                    .params(r.userId(), request.key(), request.kind(), request.arguments().toArray(String[]::new),
                            request.link(), request.email())
                    .update();
        }
    }

    /** How many of the user's notices are unread (the bell's count). */
    public long unread(CurrentUser user) {
        return jdbc.sql("SELECT count(*) FROM notices WHERE user_id = ? AND read_at IS NULL").param(user.userId())
                .query(Long.class).single();
    }

    /** A page of the user's notices, newest first; only the unread ones with {@code unreadOnly}. */
    public Page<Notice> page(CurrentUser user, boolean unreadOnly, int page, int size) {
        String where = "WHERE user_id = :user" + (unreadOnly ? " AND read_at IS NULL" : "");
        long total = jdbc.sql("SELECT count(*) FROM notices " + where).param("user", user.userId())
                .query(Long.class).single();
        int current = Math.min(Math.max(page, 1), Math.max(1, (int) ((total + size - 1) / size)));
        List<Notice> items = jdbc.sql("""
                        SELECT id, message_key, arguments, link, created_at, read_at FROM notices
                        """ + where + " ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset")
                .param("user", user.userId()).param("size", size).param("offset", Page.offset(current, size))
                .query(ROW).list();
        return new Page<>(items, total, current, size);
    }

    /** Marks the user's notice read and gives its record's path; 404 for a notice of someone else. */
    @Transactional
    public String open(CurrentUser user, long id) {
        String link = jdbc.sql("""
                        UPDATE notices SET read_at = coalesce(read_at, now()) WHERE id = ? AND user_id = ?
                        RETURNING link""").params(id, user.userId()).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("notice", id));
        return link;
    }

    /** Marks every notice of the user read; returns how many were unread. */
    @Transactional
    public int readAll(CurrentUser user) {
        return jdbc.sql("UPDATE notices SET read_at = now() WHERE user_id = ? AND read_at IS NULL").param(user.userId())
                .update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
