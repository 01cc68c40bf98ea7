package vn.traodoi.workshop;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A new version of the draft: the file, a note, and the comments (ids) it absorbs. */
record DraftForm(@Nullable MultipartFile file, @Nullable String note, @Nullable List<Long> absorbs) {

    static DraftForm empty() {
        return new DraftForm(null, null, null);
    }

    List<Long> absorbed() {
        return absorbs == null ? List.of() : absorbs;
    }
}
