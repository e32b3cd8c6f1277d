package nl.pendel.rights;

import java.time.Period;

/** How long one kind of data is kept ({@code pendel.retention.<kind>}), as configured. */
public record RetentionPeriod(String kind, Period period) {

    /** The translation key that says what this kind is. */
    public String labelKey() {
        return "retention." + kind;
    }

    /** The translation key that says from when the period counts. */
    public String anchorKey() {
        return "retention." + kind + ".anchor";
    }
}
