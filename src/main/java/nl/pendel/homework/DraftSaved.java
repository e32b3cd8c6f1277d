package nl.pendel.homework;

import java.time.Instant;
import java.util.List;
import nl.pendel.privacy.PrivacyNotice;

/** A draft stored: its new version, when, and what the privacy guard finds in it so far. */
public record DraftSaved(long version, Instant savedAt, List<PrivacyNotice> findings) {

    public DraftSaved {
        findings = List.copyOf(findings);
    }
}
