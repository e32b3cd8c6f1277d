package nl.pendel.privacy;

import java.util.Objects;

/**
 * One piece of personal data in a scanned text.
 *
 * @param start offset of the first character in the scanned text
 * @param end offset just after the last character, so {@code text.substring(start, end)} is the excerpt
 * @param excerpt the matched text, as written
 */
public record PrivacyFinding(FindingKind kind, int start, int end, String excerpt) {

    public PrivacyFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(excerpt, "excerpt");
        if (start < 0 || end <= start || excerpt.length() != end - start) {
            throw new IllegalArgumentException("Invalid span " + start + ".." + end + " for '" + excerpt + "'");
        }
    }
}
