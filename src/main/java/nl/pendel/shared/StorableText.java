package nl.pendel.shared;

import java.util.List;
import nl.pendel.privacy.PrivacyFinding;
import nl.pendel.privacy.PrivacyGuard;
import org.jspecify.annotations.Nullable;

/**
 * The one check every text a person types passes on its way into the database: a resident's
 * citizen service number (BSN) or bank account number (IBAN) is never stored, not in a draft, a
 * comment, a note or a name (AVG). Every write path of free text calls it before it writes; a
 * refusal throws, so the transaction stores nothing, and tells the writer what to remove, while
 * their text stays in the field in their browser. {@code ResidentIdentifiersNeverStoredTest}
 * lists the write paths and fails for a text column it does not know.
 */
public final class StorableText {

    private StorableText() {}

    /** Refuses a text holding an identifier that may never be stored; does nothing otherwise. */
    public static void check(@Nullable String text) {
        List<PrivacyFinding> found = PrivacyGuard.neverStored(text);
        if (!found.isEmpty()) {
            throw new IdentifierRefused(found.getFirst());
        }
    }

    /** {@link #check(String)} for each of the texts. */
    public static void checkAll(Iterable<? extends @Nullable String> texts) {
        for (String text : texts) {
            check(text);
        }
    }
}
