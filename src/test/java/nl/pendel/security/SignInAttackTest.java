package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.pendel.IntegrationTest;
import nl.pendel.TestClock;
import nl.pendel.TestData;
import nl.pendel.account.AccountLinkService;
import nl.pendel.account.AccountLinks;
import nl.pendel.account.PersonSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in throttle under a scripted attack, through the real provider and database, on the
 * application's clock: the script never waits idly, it tries again the moment it is told it may
 * (the best an attacker can do), over a day of simulated time. Prints what the attacker got per
 * hour and per day, and checks what the owner can still do.
 */
@IntegrationTest
class SignInAttackTest {

    private static final Duration DAY = Duration.ofHours(24);

    @Autowired
    LimitingAuthenticationProvider provider;

    @Autowired
    LoginAttemptLimiter limiter;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    AccountLinkService accountLinks;

    @Autowired
    AccountLinks mails;

    @BeforeEach
    @AfterEach
    void forgetAllFailures() {
        limiter.clear();
    }

    @Test
    void a_botnet_guessing_one_account_for_a_day_gets_few_guesses_and_the_owner_signs_in_at_home_every_hour() {
        String email = testData.person().create().email();
        String home = "192.0.2.10";
        assertThat(attempt(email, TestData.PASSWORD, home)).isEqualTo(Outcome.SIGNED_IN);

        Instant start = clock.instant();
        int[] perHour = new int[24];
        int ownerSignIns = 0;
        int refusedAttempts = 0;
        int address = 0;
        Instant nextOwnerVisit = start.plus(Duration.ofMinutes(30));
        while (clock.instant().isBefore(start.plus(DAY))) {
            if (!clock.instant().isBefore(nextOwnerVisit)) {
                assertThat(attempt(email, TestData.PASSWORD, home))
                        .as("the owner at home, %s into the attack", Duration.between(start, clock.instant()))
                        .isEqualTo(Outcome.SIGNED_IN);
                ownerSignIns++;
                nextOwnerVisit = nextOwnerVisit.plus(Duration.ofHours(1));
            }
            // every guess from another address, as a botnet's
            Outcome outcome = attempt(email, "geraden-" + address, "203.0.113." + (address++ % 250));
            if (outcome == Outcome.WRONG_PASSWORD) {
                perHour[(int) Duration.between(start, clock.instant()).toHours()]++;
            } else {
                refusedAttempts++;
                clock.advance(waitLeft().plusMillis(1));
            }
        }
        int total = java.util.Arrays.stream(perHour).sum();
        int afterFirstHour = total - perHour[0];
        System.out.printf(
                "sign-in attack, one account from many addresses: %d password checks in the first hour,"
                        + " %.1f per hour after it, %d in 24 h (%d attempts refused with a wait);"
                        + " the owner signed in at home %d of %d times%n",
                perHour[0], afterFirstHour / 23.0, total, refusedAttempts, ownerSignIns, 24);
        assertThat(perHour[0]).isLessThanOrEqualTo(15);
        assertThat(afterFirstHour).isLessThanOrEqualTo(23 * 7);
        assertThat(ownerSignIns).isEqualTo(24);
        // the owner on a device and address never used, just after a guess: a wait of at most
        // ten minutes, then in
        if (attempt(email, "nog-een-gok", "203.0.113.251") == Outcome.WAIT) {
            clock.advance(waitLeft().plusMillis(1));
            assertThat(attempt(email, "nog-een-gok", "203.0.113.251")).isEqualTo(Outcome.WRONG_PASSWORD);
        }
        assertThat(attempt(email, TestData.PASSWORD, "198.51.100.200")).isEqualTo(Outcome.WAIT);
        assertThat(waitLeft()).isLessThanOrEqualTo(Duration.ofMinutes(10));
        clock.advance(waitLeft().plusMillis(1));
        assertThat(attempt(email, TestData.PASSWORD, "198.51.100.200")).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void the_owner_who_chose_a_new_password_through_a_mailed_reset_link_signs_in_at_once_from_a_new_address()
            throws InterruptedException {
        PersonSummary owner = testData.person().create();
        for (int guess = 0; guess < 8; guess++) {
            while (attempt(owner.email(), "geraden-" + guess, "203.0.113." + guess) == Outcome.WAIT) {
                clock.advance(waitLeft().plusMillis(1));
            }
        }
        assertThat(attempt(owner.email(), TestData.PASSWORD, "198.51.100.7"))
                .as("the account waits after strangers' guesses")
                .isEqualTo(Outcome.WAIT);

        long after = mails.lastMailId();
        accountLinks.requestReset(owner.email(), "198.51.100.7");
        accountLinks.choosePassword(mails.awaitToken(owner.id(), after), "een nieuw en lang wachtwoord");

        assertThat(attempt(owner.email(), "een nieuw en lang wachtwoord", "198.51.100.7"))
                .isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void one_address_spraying_many_accounts_for_a_day_gets_few_guesses_and_others_there_still_sign_in() {
        String attacker = "192.0.2.66";
        String colleague = testData.person().create().email();
        assertThat(attempt(colleague, TestData.PASSWORD, attacker)).isEqualTo(Outcome.SIGNED_IN);

        Instant start = clock.instant();
        int firstHour = 0;
        int total = 0;
        int name = 0;
        while (clock.instant().isBefore(start.plus(DAY))) {
            Outcome outcome = attempt("medewerker" + name++ + "@gemeente.example", "Welkom01!", attacker);
            if (outcome == Outcome.WRONG_PASSWORD) {
                total++;
                if (clock.instant().isBefore(start.plus(Duration.ofHours(1)))) {
                    firstHour++;
                }
            } else {
                clock.advance(waitLeft().plusMillis(1));
            }
        }
        System.out.printf(
                "sign-in attack, one address spraying many accounts: %d guesses in the first hour,"
                        + " %.1f per hour after it, %d in 24 h%n",
                firstHour, (total - firstHour) / 23.0, total);
        assertThat(firstHour).isLessThanOrEqualTo(20);
        assertThat(total - firstHour).isLessThanOrEqualTo(23 * 7);
        assertThat(attempt(colleague, TestData.PASSWORD, attacker))
                .as("a colleague behind the same address who signed in from it before")
                .isEqualTo(Outcome.SIGNED_IN);
    }

    private enum Outcome {
        SIGNED_IN,
        WRONG_PASSWORD,
        WAIT
    }

    private Instant waitUntil = Instant.EPOCH;

    private Duration waitLeft() {
        Duration left = Duration.between(clock.instant(), waitUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Outcome attempt(String name, String password, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        try {
            provider.authenticate(request);
            return Outcome.SIGNED_IN;
        } catch (LoginBlockedException blocked) {
            waitUntil = blocked.blockedUntil();
            return Outcome.WAIT;
        } catch (BadCredentialsException wrong) {
            return Outcome.WRONG_PASSWORD;
        }
    }
}
