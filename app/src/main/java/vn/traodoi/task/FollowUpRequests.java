package vn.traodoi.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;

/**
 * Creates the tasks of a {@link FollowUpRequested} once the decision that requested them is committed (on a thread of its own, so that the request does
 * not hold two connections of the pool), as the user
 * who made it, in a transaction of its own. A request is taken once: {@code task_requests} keeps its id, so a
 * delivery repeated by the registry after a crash creates nothing twice.
 */
@Component
class FollowUpRequests {

    private static final Logger log = LoggerFactory.getLogger(FollowUpRequests.class);

    private final FollowUpLines lines;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final FollowUpLeftovers leftovers;

    FollowUpRequests(FollowUpLines lines, AccountService accounts, JdbcClient jdbc, FollowUpLeftovers leftovers) {
        this.leftovers = leftovers;
        this.lines = lines;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    public void on(FollowUpRequested request) {
        if (jdbc.sql("INSERT INTO task_requests (id) VALUES (?) ON CONFLICT DO NOTHING").param(request.id()).update() == 0) {
            return;
        }
        CurrentUser user = accounts.actor(request.requestedBy());
        FollowUpLines.Outcome outcome = lines.create(user, request.lines(), request.source(), request.delegationId(),
                request.workshopId(), request.notBefore());
        leftovers.keep(request, user, outcome);
        if (!outcome.unresolved().isEmpty()) {
            log.info("{} line(s) of follow-up request {} did not become tasks; they are kept as left over",
                    outcome.unresolved().size(), request.id());
        }
    }
}
