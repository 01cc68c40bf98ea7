package vn.traodoi.workshop;

import org.jspecify.annotations.Nullable;

/** A reusable response: its kind (absorbed, explained, reserved) and text. */
record TemplateForm(@Nullable CommentStatus kind, @Nullable String text) {

    static TemplateForm empty() {
        return new TemplateForm(null, null);
    }
}
