package nl.pendel.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per network address in windows of one hour, in this node's memory. A spam guard
 * for "Wachtwoord vergeten?", not a lock: the limit per account (in the database) is the one that
 * protects a person's mailbox.
 */
public class AddressLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 50_000;

    private final Clock clock;
    private final int perWindow;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public AddressLimiter(Clock clock, int perWindow) {
        this.clock = clock;
        this.perWindow = perWindow;
    }

    /** Counts one request from this address; false when it is one too many this hour. */
    public boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
        }
        Window window = windows.compute(
                address,
                (key, old) -> old == null || old.start().plus(WINDOW).isBefore(now)
                        ? new Window(now, 1)
                        : new Window(old.start(), old.count() + 1));
        return window.count() <= perWindow;
    }

    private record Window(Instant start, int count) {}
}
