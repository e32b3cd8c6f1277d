package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signs in over real HTTP against the running application, as a browser's login form does. */
@IntegrationTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    LoginAttemptLimiter limiter;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    jakarta.servlet.ServletContext servletContext;

    @Autowired
    org.springframework.core.env.Environment environment;

    @BeforeEach
    void forgetEarlierFailures() {
        limiter.clear();
    }

    @Test
    void demo_trainer_signs_in_with_the_demo_password() throws Exception {
        assertThat(signIn("trainer@pendel.test", "welkom-in-pendel")).isEqualTo("/");
    }

    @Test
    void wrong_password_is_refused() throws Exception {
        assertThat(signIn("trainer@pendel.test", "niet-het-goede-wachtwoord")).isEqualTo("/login?error");
    }

    @Test
    void sixth_attempt_is_refused_even_with_the_right_password() throws Exception {
        String email = testData.person().create().email();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "fout-wachtwoord-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(email, TestData.PASSWORD)).isEqualTo("/login?error");
        limiter.clear();
        assertThat(signIn(email, TestData.PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_scripted_attack_on_one_account_from_ten_threads_stays_locked_out() throws Exception {
        String email = testData.person().create().email();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        var answers = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var attempts = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 50; i++) {
            String guess = "geraden-wachtwoord-" + i;
            attempts.add(pool.submit(() -> {
                answers.add(signIn(email, guess));
                return null;
            }));
        }
        for (var attempt : attempts) {
            attempt.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(answers).hasSize(50).allSatisfy(a -> assertThat(a).isEqualTo("/login?error"));
        assertThat(signIn(email, TestData.PASSWORD))
                .as("the right password is refused while the account is blocked")
                .isEqualTo("/login?error");
    }

    @Test
    void an_attack_spread_over_many_accounts_from_one_address_is_blocked_by_the_address() throws Exception {
        for (int i = 0; i < 5; i++) {
            String victim = testData.person().create().email();
            assertThat(signIn(victim, "geraden-wachtwoord")).isEqualTo("/login?error");
        }
        String untouched = testData.person().create().email();
        assertThat(signIn(untouched, TestData.PASSWORD))
                .as("a sixth account from the same address, even with its right password")
                .isEqualTo("/login?error");
        limiter.clear();
        assertThat(signIn(untouched, TestData.PASSWORD)).isEqualTo("/");
    }

    @Test
    void deactivated_person_cannot_sign_in() throws Exception {
        var person = testData.person().create();
        SystemAuthentication.runAsAdministrator(() -> testData.deactivate(person));
        assertThat(signIn(person.email(), TestData.PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes() {
        String hash = passwordEncoder.encode("een-lang-wachtwoord");
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches("een-lang-wachtwoord", hash)).isTrue();
    }

    @Test
    void idle_sessions_end_after_thirty_minutes_and_heartbeats_do_not_keep_them_alive() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class))
                .isTrue();
    }

    @Test
    void the_page_declares_dutch_as_its_language_for_screen_readers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("<html lang=\"nl\">");
    }

    @Test
    void the_login_page_carries_the_security_headers_though_vaadin_writes_it() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
        var headers = response.headers();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    }

    @Test
    void health_endpoint_is_public_and_up() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    /** Posts the login form and returns where the application sends the browser next. */
    private String signIn(String email, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        client.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null
                        ? ""
                        : "?" + URI.create(location).getRawQuery());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
