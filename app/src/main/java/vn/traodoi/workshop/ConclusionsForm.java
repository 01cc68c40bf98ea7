package vn.traodoi.workshop;

import org.jspecify.annotations.Nullable;

/** The chair's conclusions to assign, one a line: "nhiệm vụ | chủ trì | phối hợp | thời hạn". */
record ConclusionsForm(@Nullable String assignments) {

    static ConclusionsForm empty() {
        return new ConclusionsForm(null);
    }
}
