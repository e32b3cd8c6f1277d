package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.rights.ErasureService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A session someone has open when an administrator erases or deactivates their account, or
 * changes their roles, ends by itself: over real HTTP, the next page after the recheck interval
 * ({@code pendel.security.session-recheck}, one second in the tests) is the login page, and the
 * old session cookie no longer opens anything. An unchanged account stays signed in.
 */
@IntegrationTest
class OpenSessionRecheckTest {

    private static final String ADMIN = "beheerder@pendel.test";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ErasureService erasure;

    @Autowired
    PersonService people;

    @Autowired
    LoginAttemptLimiter limiter;

    @Value("${pendel.security.session-recheck}")
    java.time.Duration recheck;

    @BeforeEach
    void forgetEarlierFailures() {
        limiter.clear();
    }

    @Test
    void an_unchanged_account_stays_signed_in_past_the_recheck() throws Exception {
        PersonSummary person = testData.person().create();
        Browser browser = signedIn(person.email());

        afterTheRecheck();

        assertThat(browser.open("/")).as("still signed in").isEqualTo(200);
        assertThat(browser.open("/")).isEqualTo(200);
    }

    @Test
    void an_erased_persons_open_session_ends_at_the_next_request_after_the_recheck() throws Exception {
        PersonSummary person = testData.person().create();
        Browser browser = signedIn(person.email());

        testData.runAs(ADMIN, () -> erasure.erase(person.id()));
        afterTheRecheck();

        assertThat(browser.open("/")).as("sent to the login page").isEqualTo(302);
        assertThat(browser.location()).endsWith("/login");
        assertThat(browser.open("/profiel")).as("the old cookie opens nothing").isEqualTo(302);
    }

    @Test
    void a_deactivated_persons_open_session_ends() throws Exception {
        PersonSummary person = testData.person().create();
        Browser browser = signedIn(person.email());

        testData.deactivate(person);
        afterTheRecheck();

        assertThat(browser.open("/")).isEqualTo(302);
        assertThat(browser.location()).endsWith("/login");
    }

    @Test
    void an_administrator_whose_role_is_taken_away_is_signed_out_and_signs_in_with_the_new_roles() throws Exception {
        PersonSummary person =
                testData.person().roles(Role.ADMIN, Role.TRAINER).noTeam().create();
        Browser browser = signedIn(person.email());
        assertThat(browser.open("/beheer/personen")).isEqualTo(200);

        PersonDraft draft = PersonDraft.of(person);
        draft.setRoles(EnumSet.of(Role.TRAINER));
        testData.runAs(ADMIN, () -> people.save(draft));
        afterTheRecheck();

        assertThat(browser.open("/beheer/personen")).isEqualTo(302);
        assertThat(browser.location()).endsWith("/login");
        Browser again = signedIn(person.email());
        assertThat(again.open("/")).as("signs in again as a trainer").isEqualTo(200);
    }

    private void afterTheRecheck() throws InterruptedException {
        Thread.sleep(recheck.toMillis() + 100);
    }

    private Browser signedIn(String email) throws Exception {
        Browser browser = new Browser();
        browser.open("/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<Void> answer = browser.client.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));
        assertThat(browser.open("/")).as("signed in").isEqualTo(200);
        return browser;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** One browser: its own cookies, redirects not followed. */
    private final class Browser {
        final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        private String location = "";

        int open(String path) throws Exception {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.discarding());
            location = response.headers().firstValue("Location").orElse("");
            return response.statusCode();
        }

        String location() {
            return location;
        }
    }
}
