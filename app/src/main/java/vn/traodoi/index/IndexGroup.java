package vn.traodoi.index;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A published group of an index (position 1 is the best), the words sources use for it, its lowest score if fixed. */
record IndexGroup(String indexCode, int position, String label, List<String> aliases, @Nullable BigDecimal minScore,
        @Nullable String labelEn) {

    public IndexGroup {
        aliases = List.copyOf(aliases);
    }

    /** "Nhóm cao nhất" on a Vietnamese page, "Highest group" on an English one. */
    public String label(String language) {
        return "en".equals(language) && labelEn != null ? labelEn : label;
    }
}
