package vn.traodoi.delegation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.VietnameseText;

/** Trưởng đoàn, Phó Trưởng đoàn, Thư ký đoàn, thành viên, chuyên gia. */
public enum MemberRole {
    HEAD("Trưởng đoàn"), DEPUTY_HEAD("Phó Trưởng đoàn"), SECRETARY("Thư ký đoàn"), MEMBER("Thành viên"),
    EXPERT("Chuyên gia");

    private final String folded;

    MemberRole(String vietnamese) {
        this.folded = VietnameseText.fold(vietnamese);
    }

    /**
     * Whether {@code text} only repeats the role and names nobody: an article's "Thư ký đoàn" is a member known by
     * role alone, not a group called "Thư ký đoàn".
     *
     * <pre>
     * SECRETARY.repeatedBy("Thư ký đoàn") → true;  SECRETARY.repeatedBy("thu ky doan:") → true
     * SECRETARY.repeatedBy("Thư ký đoàn Nguyễn Văn A") → false; HEAD.repeatedBy("Thư ký đoàn") → false
     * </pre>
     */
    public boolean repeatedBy(@Nullable String text) {
        if (text == null) {
            return false;
        }
        String key = VietnameseText.fold(text).replaceAll("(?U)[^\\w ]", " ").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
        return key.equals(folded.toLowerCase(Locale.ROOT));
    }
}
