package nl.pendel.runsheet;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A session of the meeting to compute the times for: a planned session of the course (with its
 * date and subgroup), or, before the meeting is scheduled, a slot of the course's session pattern
 * ({@code date} null).
 */
public record RunSheetSession(@Nullable LocalDate date, LocalTime start, LocalTime end, int subgroupNumber) {

    /** How many minutes the session lasts. */
    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }
}
