package vn.traodoi.workshop;

import org.jspecify.annotations.Nullable;
import vn.traodoi.delegation.PartOfDay;

/**
 * The next meeting as typed: the day as the official writes it ({@code on}, dd/mm/yyyy, kept as typed so that a wrong
 * one is shown again), its part of day and what it is; {@code version} is the workshop's as the page showed it.
 */
record NextMeetingForm(@Nullable String on, @Nullable PartOfDay part, @Nullable String note, int version) {

    static NextMeetingForm empty() {
        return new NextMeetingForm(null, null, null, 0);
    }
}
