package nl.pendel.privacy;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Scans a text about a caseload for residents' personal data. Pure and thread-safe: no state
 * besides the clock, which only tells which years count as birth years.
 */
@Service
public class PrivacyGuard {

    private final Clock clock;

    public PrivacyGuard(Clock clock) {
        this.clock = clock;
    }

    /** The findings of {@link #scan} with the words around each, for showing where they are. */
    public List<PrivacyNotice> notices(@Nullable String text, @Nullable String where) {
        String body = text == null ? "" : text;
        return scan(body).findings().stream()
                .map(f -> PrivacyNotice.in(body, f, where))
                .toList();
    }

    /**
     * The identifiers in the text that may never be stored (citizen service numbers and IBANs),
     * ordered by position: the blocking findings of {@link #scan}, found without the clock, so
     * that any store can ask before it writes.
     */
    public static List<PrivacyFinding> neverStored(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Findings findings = new Findings(text);
        Iban.find(text, findings);
        Bsn.find(text, findings);
        return findings.resolve();
    }

    /** All findings in the text, ordered by position; a blocking finding wins over a warning on the same span. */
    public PrivacyScan scan(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return new PrivacyScan(List.of());
        }
        Findings findings = new Findings(text);
        Iban.find(text, findings);
        Bsn.find(text, findings);
        PhoneNumbers.find(findings);
        EmailAddresses.find(text, findings);
        Addresses.find(findings);
        BirthDates.find(text, Year.now(clock).getValue(), findings);
        ResidentNames.find(text, findings);
        return new PrivacyScan(findings.resolve());
    }
}
