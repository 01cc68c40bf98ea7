package vn.traodoi.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An administrator asked to remove the demo data: each module removes its own records of the demo delegations and
 * workshops named here (and what was made from them), in the publisher's transaction, in their listeners' order —
 * first what refers to a delegation or a workshop, the delegations last. Each says how many of what it removed, and
 * which addresses are gone, so that nothing links to them any more. Published with the transaction rolled back
 * afterwards, it says what a removal would remove.
 */
public final class DemoDataRemoval {

    /** The lock that loading and removing the demo data take first, on every node. */
    public static final long LOCK = 727003;

    private final Set<Long> delegations;
    private final Set<Long> workshops;
    private final Map<String, Integer> removed = new LinkedHashMap<>();
    private final Set<String> links = new LinkedHashSet<>();

    public DemoDataRemoval(Collection<Long> delegations, Collection<Long> workshops) {
        this.delegations = Set.copyOf(delegations);
        this.workshops = Set.copyOf(workshops);
    }

    public Set<Long> delegations() {
        return delegations;
    }

    public Set<Long> workshops() {
        return workshops;
    }

    public Long[] delegationIds() {
        return delegations.toArray(Long[]::new);
    }

    public Long[] workshopIds() {
        return workshops.toArray(Long[]::new);
    }

    /** The pages of the demo records, under which what was issued from them lies ("/delegations/12", "/workshops/3"). */
    public String[] recordPaths() {
        List<String> paths = new ArrayList<>();
        delegations.forEach(id -> paths.add("/delegations/" + id));
        workshops.forEach(id -> paths.add("/workshops/" + id));
        return paths.toArray(String[]::new);
    }

    /** {@code count} records of a kind (a message key taking the count) are removed; none says nothing. */
    public void removed(String messageKey, int count) {
        if (count > 0) {
            removed.merge(messageKey, count, Integer::sum);
        }
    }

    /** The pages of these records ({@code prefix} + id, and what lies below it) are gone. */
    public void linksGone(String prefix, Collection<Long> ids) {
        ids.forEach(id -> links.add(prefix + id));
    }

    /** What was removed: message key → count, in the order the modules said it. */
    public Map<String, Integer> removed() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(removed));
    }

    public Set<String> links() {
        return Set.copyOf(links);
    }

    public boolean nothing() {
        return removed.isEmpty();
    }
}
