package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.pendel.IntegrationTest;
import nl.pendel.TestClock;
import nl.pendel.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in throttle through the real authentication provider (real password checks, the real
 * account lookup on MariaDB, the counts in the database), each attempt from the address given.
 */
@IntegrationTest
class LoginAttemptLimiterTest {

    @Autowired
    LimitingAuthenticationProvider provider;

    @Autowired
    LoginAttemptLimiter limiter;

    @Autowired
    UserDetailsService people;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @BeforeEach
    @AfterEach
    void forgetAllFailures() {
        limiter.clear();
    }

    @Test
    void variants_of_the_e_mail_address_that_find_the_same_account_count_on_that_account() {
        var person = testData.person().create();
        String email = person.email();
        List<String> variants = List.of(
                email.toUpperCase(java.util.Locale.ROOT),
                email.replace("pendel", "péndel"),
                "\uFF50" + email.substring(1), // fullwidth p
                email + "\u3000", // ideographic space
                "\uFF30" + email.substring(1).replace("pendel", "PÉNDEL") + "\u3000");
        for (String variant : variants) {
            assertThat(((PendelUser) people.loadUserByUsername(variant)).personId())
                    .as("the account lookup finds %s", variant)
                    .isEqualTo(person.id());
        }
        int address = 1;
        for (String variant : variants) {
            // each guess from another address, as a botnet would: only the account can count them
            assertThat(signIn(variant, "geraden-" + address, "198.51.100." + address++))
                    .isEqualTo("wrong password");
        }
        assertThat(signIn(email, TestData.PASSWORD, "198.51.100.99")).startsWith("wait");
    }

    @Test
    void variants_of_a_name_that_finds_no_account_count_as_one() {
        List<String> variants = List.of(
                "niemand@pendel.test",
                "NIEMAND@pendel.test ",
                "niémand@pendel.test",
                "\uFF4Eiemand@pendel.test",
                "niemand@pendel.test\u3000",
                "nie\u200Bmand@pendel.test");
        assertThat(variants.stream().map(LoginAttemptLimiter::normalisedName).distinct())
                .containsExactly("niemand@pendel.test");
        int address = 1;
        for (String variant : variants.subList(0, 5)) {
            assertThat(signIn(variant, "geraden", "198.51.100." + address++)).isEqualTo("wrong password");
        }
        assertThat(signIn(variants.get(5), "geraden", "198.51.100.50")).startsWith("wait");
    }

    @Test
    void after_five_failures_the_account_waits_and_every_further_failure_doubles_the_wait() {
        String email = testData.person().create().email();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "fout-" + i, "203.0.113." + i)).isEqualTo("wrong password");
        }
        assertThat(signIn(email, TestData.PASSWORD, "203.0.113.50")).isEqualTo("wait 30 s");
        clock.advance(Duration.ofSeconds(31));
        assertThat(signIn(email, "fout-5", "203.0.113.51")).isEqualTo("wrong password");
        assertThat(signIn(email, TestData.PASSWORD, "203.0.113.52")).isEqualTo("wait 60 s");
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn(email, "fout-6", "203.0.113.53")).isEqualTo("wrong password");
        assertThat(signIn(email, TestData.PASSWORD, "203.0.113.54")).isEqualTo("wait 120 s");
        clock.advance(Duration.ofSeconds(121));
        assertThat(signIn(email, TestData.PASSWORD, "203.0.113.55"))
                .as("after the wait the right password works, and forgets the failures")
                .isEqualTo("signed in");
        assertThat(signIn(email, "fout-7", "203.0.113.56")).isEqualTo("wrong password");
        assertThat(signIn(email, TestData.PASSWORD, "203.0.113.57")).isEqualTo("signed in");
    }

    @Test
    void the_wait_never_grows_beyond_ten_minutes() {
        assertThat(limiter.delay(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(limiter.delay(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(limiter.delay(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(limiter.delay(500)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void the_owner_signs_in_from_an_address_used_before_while_strangers_make_the_account_wait() {
        String email = testData.person().create().email();
        assertThat(signIn(email, TestData.PASSWORD, "192.0.2.10")).isEqualTo("signed in");
        for (int i = 0; i < 15; i++) {
            signIn(email, "geraden-" + i, "203.0.113." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(signIn(email, TestData.PASSWORD, "203.0.113.77")).startsWith("wait");
        assertThat(signIn(email, TestData.PASSWORD, "192.0.2.10"))
                .as("from home, where the owner signed in before")
                .isEqualTo("signed in");
        // a typo at home is counted at home only, and the attack goes on elsewhere
        assertThat(signIn(email, "tikfout", "192.0.2.10")).isEqualTo("wrong password");
        assertThat(signIn(email, TestData.PASSWORD, "192.0.2.10")).isEqualTo("signed in");
    }

    @Test
    void one_address_trying_many_accounts_waits_after_ten_failures() {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(testData.person().create().email(), "geraden", "192.0.2.66"))
                    .isEqualTo("wrong password");
        }
        String untouched = testData.person().create().email();
        assertThat(signIn(untouched, TestData.PASSWORD, "192.0.2.66")).isEqualTo("wait 30 s");
        assertThat(signIn(untouched, TestData.PASSWORD, "192.0.2.67")).isEqualTo("signed in");
    }

    @Test
    void twenty_parallel_guesses_on_one_account_get_at_most_five_password_checks() throws Exception {
        String email = testData.person().create().email();
        var pool = Executors.newFixedThreadPool(20);
        var answers = new ConcurrentLinkedQueue<String>();
        List<Future<?>> attempts = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = "198.18.0." + i;
            attempts.add(pool.submit(() -> answers.add(signIn(email, "geraden", address))));
        }
        for (Future<?> attempt : attempts) {
            attempt.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(answers.stream().filter("wrong password"::equals).count()).isEqualTo(5);
        assertThat(answers.stream().filter(a -> a.startsWith("wait")).count()).isEqualTo(15);
    }

    /** What the provider answers: "signed in", "wrong password" or "wait N s". */
    private String signIn(String name, String password, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        try {
            Authentication result = provider.authenticate(request);
            return result.isAuthenticated() ? "signed in" : "not signed in";
        } catch (LoginBlockedException blocked) {
            long millis =
                    Duration.between(clock.instant(), blocked.blockedUntil()).toMillis();
            return "wait " + (millis + 999) / 1000 + " s";
        } catch (BadCredentialsException wrong) {
            return "wrong password";
        } catch (AuthenticationException other) {
            return other.getClass().getSimpleName();
        }
    }

    @Test
    void a_blocked_attempt_is_not_counted() {
        String email = testData.person().create().email();
        for (int i = 0; i < 5; i++) {
            signIn(email, "fout", "203.0.113.1" + i);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(signIn(email, "fout", "203.0.113.9")).startsWith("wait");
        }
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> provider.authenticate(token(email, "fout", "203.0.113.8")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(email, TestData.PASSWORD, "203.0.113.7")).isEqualTo("wait 60 s");
    }

    private static UsernamePasswordAuthenticationToken token(String name, String password, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return request;
    }
}
