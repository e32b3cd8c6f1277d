package nl.pendel.shared.personaldata;

import java.time.Instant;
import java.time.Period;

/**
 * One kind of personal data and how long it is kept: {@code pendel.retention.<kind>} overrides the
 * default period (e.g. {@code 12m}, {@code 2y}, {@code P6M}); what the period counts from is the
 * kind's own anchor (a course's end, a mail's creation), named by the translation key
 * {@code retention.<kind>.anchor}.
 *
 * @param kind the key, e.g. {@code homework}
 * @param defaultPeriod the period when no property sets one
 * @param purge deletes what is older than the cut-off (the anchor before it), returns the rows
 */
public record RetentionRule(String kind, Period defaultPeriod, Purge purge) {

    /** Deletes the data of this kind whose anchor lies before the cut-off. */
    @FunctionalInterface
    public interface Purge {
        int olderThan(Instant cutoff);
    }
}
