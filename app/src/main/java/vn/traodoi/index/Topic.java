package vn.traodoi.index;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a delegation goes to learn, the words that name it, and the indices that measure it. */
record Topic(long id, int position, String name, String keywords, List<String> indices, @Nullable String nameEn) {

    public Topic {
        indices = List.copyOf(indices);
    }

    /** The name in the page's language: the English name where one is recorded, else the Vietnamese. */
    public String name(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : name;
    }
}
