package vn.traodoi.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions of a user on every node (Spring Session keeps them in PostgreSQL): a disabled account is signed out at
 * once instead of keeping its open sessions until they time out.
 */
@Component
class SignedInSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of this user name, in the caller's transaction; says how many. */
    int endAll(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        var found = repository.findByPrincipalName(username).keySet();
        found.forEach(repository::deleteById);
        return found.size();
    }
}
