package vn.traodoi.search;

import java.util.Collection;
import java.util.List;

/**
 * A feature's description of its records of one kind, for the index: implemented by the feature that owns the records
 * (a Spring bean), read by {@link SearchIndex#refresh} and by the rebuild. Only the owning feature reads its tables.
 */
public interface SearchSource {

    SearchKind kind();

    /** The ids of every record of the kind, for a rebuild of the index. */
    List<Long> ids();

    /** The documents of these records, read in the caller's transaction; a record that is gone has none. */
    List<SearchDocument> documents(Collection<Long> ids);
}
