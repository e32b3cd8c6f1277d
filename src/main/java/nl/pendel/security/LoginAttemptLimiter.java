package nl.pendel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address. After {@code pendel.login.max-failures}
 * failures within the block duration, further attempts for that account or from that address are
 * refused until the block has passed, whether the password is right or not.
 *
 * <p>The counts live in this node's memory; with several nodes each counts on its own (sticky
 * sessions send one browser to one node).
 */
@Component
class LoginAttemptLimiter {

    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration blockDuration;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginAttemptLimiter(
            Clock clock,
            @Value("${pendel.login.max-failures:5}") int maxFailures,
            @Value("${pendel.login.block-duration:15m}") Duration blockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.blockDuration = blockDuration;
    }

    /** Until when attempts for this account or from this address are refused, if they are. */
    Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        return max(blockedUntil(accountKey(username), now), blockedUntil(addressKey(address), now));
    }

    void recordFailure(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            prune();
        }
        Instant now = clock.instant();
        failures.compute(accountKey(username), (key, old) -> Failures.next(old, now, blockDuration));
        failures.compute(addressKey(address), (key, old) -> Failures.next(old, now, blockDuration));
    }

    void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    /** Forgets all failures (tests, and an administrator's reset). */
    void clear() {
        failures.clear();
    }

    private Optional<Instant> blockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < maxFailures) {
            return Optional.empty();
        }
        Instant until = f.last().plus(blockDuration);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private void prune() {
        Instant horizon = clock.instant().minus(blockDuration);
        failures.values().removeIf(f -> f.last().isBefore(horizon));
    }

    private static Optional<Instant> max(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    /** Failures counted since the first one; a quiet period as long as a block starts afresh. */
    private record Failures(int count, Instant last) {
        static Failures next(Failures old, Instant now, Duration window) {
            if (old == null || old.last().plus(window).isBefore(now)) {
                return new Failures(1, now);
            }
            return new Failures(old.count() + 1, now);
        }
    }
}
