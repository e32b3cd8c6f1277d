package nl.pendel.plan;

import java.time.Instant;
import java.util.List;
import nl.pendel.privacy.PrivacyNotice;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of saving a section.
 *
 * @param version the section's version after a save; otherwise the version the writer had
 * @param notices what the privacy guard found (blocking ones when BLOCKED)
 * @param conflict the other person's text when someone saved in between
 */
public record SectionSave(
        Result result,
        long version,
        List<PrivacyNotice> notices,
        @Nullable Conflict conflict) {

    public SectionSave {
        notices = List.copyOf(notices);
    }

    public enum Result {
        SAVED,
        /** Nothing changed: the text is the same as the saved one. */
        UNCHANGED,
        /** Someone saved this section in between: see {@link #conflict()}; nothing was stored. */
        CONFLICT,
        /** Personal data that may not be stored at all (BSN, IBAN); nothing was stored. */
        BLOCKED,
        /** Possible personal data: the writer confirms or edits; nothing was stored yet. */
        NEEDS_CONFIRMATION
    }

    /** The text that was saved in between, by whom and when, beside the writer's own text. */
    public record Conflict(String theirs, long theirVersion, String theirAuthor, Instant theirSavedAt, String mine) {}
}
