package nl.pendel.homework;

import java.util.List;
import nl.pendel.privacy.PrivacyNotice;
import org.jspecify.annotations.Nullable;

/**
 * What happened when a participant handed in.
 *
 * @param findings what the privacy guard found, in the text, an attachment or an own theme
 */
public record SubmitOutcome(
        Result result,
        List<PrivacyNotice> findings,
        @Nullable Integer number,
        boolean late) {

    public enum Result {
        /** Stored as a new version. */
        SUBMITTED,
        /** Refused: a citizen service number or IBAN must be removed first. Nothing stored. */
        BLOCKED,
        /** Not stored yet: the participant must anonymise or confirm the warnings. */
        NEEDS_CONFIRMATION
    }

    public SubmitOutcome {
        findings = List.copyOf(findings);
    }
}
