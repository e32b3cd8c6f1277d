package nl.pendel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in the integration tests: it runs (seconds pass as they do, so timeouts,
 * debounces and throttles behave), but it starts on {@link #SUITE_TODAY} whatever day the suite
 * runs, and a test may put it on any other moment with {@link #setTo}. The demo data, loaded when
 * the context starts, is relative to that day too. After each test the clock goes back to
 * the suite's time line ({@link Reset}).
 *
 * <p>Why not the real date: the demo data and the tests' own courses then lie where the suite
 * expects them, and a week without sessions, a year end or a public holiday can never turn the
 * suite red by surprise. Those days are tested on purpose, by moving this clock.
 */
public final class TestClock extends Clock {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The day the suite runs on unless a test moves the clock: a Monday, 10:00 in Groningen. */
    public static final LocalDateTime SUITE_TODAY = LocalDateTime.of(2026, 12, 7, 10, 0);

    private static final Clock SYSTEM = Clock.systemUTC();

    /** The offset that makes the suite's time line: {@link #SUITE_TODAY} when the context started. */
    private final Duration suiteOffset;

    private volatile Duration offset;

    TestClock() {
        setTo(SUITE_TODAY);
        suiteOffset = offset;
    }

    /** Puts the clock on this local moment in Groningen; from there it runs on. */
    public void setTo(LocalDateTime local) {
        offset = Duration.between(SYSTEM.instant(), local.atZone(AMSTERDAM).toInstant());
    }

    /** Puts the clock on this day at this local time. */
    public void setTo(LocalDate day, LocalTime time) {
        setTo(day.atTime(time));
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /**
     * Back on the suite's time line: {@link #SUITE_TODAY} plus the time the suite has run, so that
     * time never goes backwards for the tests that did not move the clock.
     */
    public void reset() {
        offset = suiteOffset;
    }

    /** Today in Groningen by this clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), AMSTERDAM);
    }

    @Override
    public ZoneId getZone() {
        return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return SYSTEM.instant().plus(offset);
    }

    /** Makes this clock the application's clock in the test context. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** Puts the clock back after every test, so a test that moved it cannot move the next one. */
    static class Reset implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context)
                    .getBeanProvider(TestClock.class)
                    .ifAvailable(TestClock::reset);
        }
    }
}
