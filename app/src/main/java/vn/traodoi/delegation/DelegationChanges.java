package vn.traodoi.delegation;

import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.ConcurrentEditException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;

/**
 * How every change of a delegation begins and ends, whichever part it changes: the version the user saw is moved on
 * (or the change is stale), and the result is audited and given to the search index.
 */
@Component
class DelegationChanges {

    private final Delegations delegations;
    private final AuditLog audit;
    private final DelegationDocuments documents;
    private final DelegationNotices notices;

    DelegationChanges(Delegations delegations, AuditLog audit, DelegationDocuments documents, DelegationNotices notices) {
        this.notices = notices;
        this.delegations = delegations;
        this.audit = audit;
        this.documents = documents;
    }

    /** Moves the version on; a version other than the stored one is a concurrent edit. */
    Delegation touch(Delegation d, int version) {
        if (!delegations.touch(d.id(), version)) {
            throw new ConcurrentEditException("delegation", d.id());
        }
        return d;
    }

    /** Every change ends here: audited, and the search index told what the delegation now says and who sees it. */
    Delegation audited(String action, Delegation before) {
        Delegation after = delegations.find(before.id()).orElseThrow();
        audit.record(action, "delegation", before.id(), after.title(), before, after);
        documents.index(after);
        return after;
    }

    /** A change of the members, programme, topics or documents: as above, and the other side told once hosts were asked. */
    Delegation audited(String action, Delegation before, CurrentUser actor) {
        Delegation after = audited(action, before);
        notices.detailsChanged(action, after, actor);
        return after;
    }

    /** A delegation made anew (created or imported): audited with nothing before, and indexed. */
    Delegation created(String action, Delegation created) {
        audit.record(action, "delegation", created.id(), created.title(), null, created);
        documents.index(created);
        return created;
    }

    /**
     * The part of this delegation named in the request: 404 when the id is one of another delegation's parts (or of
     * none), checked before the version moves, so that nothing is changed, audited or acknowledged.
     */
    static <T> void requirePart(List<T> parts, ToLongFunction<T> idOf, String what, long partId) {
        if (parts.stream().noneMatch(p -> idOf.applyAsLong(p) == partId)) {
            throw new NotFoundException(what, partId);
        }
    }

    /**
     * The statement changed the part's row; otherwise (the part went meanwhile) 404, which rolls the version back with
     * everything else in the transaction.
     */
    static void requireRow(boolean changed, String what, long partId) {
        if (!changed) {
            throw new NotFoundException(what, partId);
        }
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : VietnameseText.normalize(s);
    }
}
