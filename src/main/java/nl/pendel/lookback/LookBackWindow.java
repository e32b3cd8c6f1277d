package nl.pendel.lookback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a session's look-back can be answered and changed: from half an hour before the session
 * ends (the "terugblik op de ochtend" is its last agenda item) until a week after it ended.
 */
public record LookBackWindow(Instant opens, Instant closes) {

    public static final Duration BEFORE_END = Duration.ofMinutes(30);
    public static final Duration AFTER_END = Duration.ofDays(7);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The window of a session that ends at this time on this day (in the Netherlands). */
    public static LookBackWindow of(LocalDate date, LocalTime end) {
        Instant ends = date.atTime(end).atZone(AMSTERDAM).toInstant();
        return new LookBackWindow(ends.minus(BEFORE_END), ends.plus(AFTER_END));
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}
