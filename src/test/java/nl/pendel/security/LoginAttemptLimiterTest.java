package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final LoginAttemptLimiter limiter = new LoginAttemptLimiter(clock, 5, Duration.ofMinutes(15));

    @Test
    void account_is_blocked_after_five_failures() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("trainer@pendel.test", "10.0.0." + i);
        }
        assertThat(limiter.blockedUntil("trainer@pendel.test", "10.0.0.99")).isEmpty();
        limiter.recordFailure("Trainer@Pendel.test ", "10.0.0.5");
        assertThat(limiter.blockedUntil("trainer@pendel.test", "10.0.0.99"))
                .contains(Instant.parse("2026-11-23T10:15:00Z"));
    }

    @Test
    void address_is_blocked_after_five_failures_across_accounts() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("person" + i + "@pendel.test", "192.0.2.7");
        }
        assertThat(limiter.blockedUntil("someone.else@pendel.test", "192.0.2.7"))
                .isPresent();
        assertThat(limiter.blockedUntil("someone.else@pendel.test", "192.0.2.8"))
                .isEmpty();
    }

    @Test
    void block_ends_after_the_block_duration() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("trainer@pendel.test", "192.0.2.7");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(limiter.blockedUntil("trainer@pendel.test", "192.0.2.7")).isEmpty();
    }

    @Test
    void successful_sign_in_clears_the_account_failures() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("trainer@pendel.test", "192.0.2." + i);
        }
        limiter.recordSuccess("trainer@pendel.test");
        limiter.recordFailure("trainer@pendel.test", "192.0.2.9");
        assertThat(limiter.blockedUntil("trainer@pendel.test", "192.0.2.10")).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
