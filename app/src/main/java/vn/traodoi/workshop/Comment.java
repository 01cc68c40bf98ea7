package vn.traodoi.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a section of one version of the draft (or on the whole draft when {@code sectionId} is null), who
 * made it and through which channel, and the response: the changed text when absorbed, the reason when explained.
 */
record Comment(long id, long workshopId, @Nullable Long draftId, @Nullable Integer draftNumber,
        @Nullable Long sectionId, @Nullable String sectionLabel, @Nullable String sectionHeading, Channel channel,
        String authorName, @Nullable String authorOrganization, String content, CommentStatus status,
        @Nullable String response, @Nullable Integer absorbedInDraftNumber, @Nullable String changedText, int version,
        OffsetDateTime createdAt) {

    /** How the comment reached the drafting agency. */
    public enum Channel {
        APP, INVITATION, MINUTES
    }

    public boolean answered() {
        return status != CommentStatus.RECEIVED;
    }

    /**
     * The section as the draft names it, "Mục 2. Mô hình tổ chức chính quyền đô thị" ({@link SectionName}), cut to
     * {@value SectionName#SHORT} characters; null for a comment on the whole draft.
     */
    @JsonProperty("section")
    public @Nullable String section() {
        return SectionName.shortened(sectionLabel, sectionHeading, SectionName.SHORT);
    }

    /** "Sở Nội vụ thành phố Hải Phòng (Nguyễn Văn A)" or the name alone. */
    public String author() {
        return authorOrganization == null || authorOrganization.isBlank() ? authorName
                : authorName + " – " + authorOrganization;
    }
}
