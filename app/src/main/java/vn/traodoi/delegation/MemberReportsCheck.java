package vn.traodoi.delegation;

import java.util.Collection;
import java.util.Set;

/**
 * Which member entries have a report filed, as the module that keeps the reports knows it (it implements this): an
 * entry with a report is not removed or replaced, so that no report is lost with its entry.
 */
public interface MemberReportsCheck {

    /** Those of these member entries that have a report. */
    Set<Long> reported(Collection<Long> memberIds);
}
