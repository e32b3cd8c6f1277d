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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signs in over real HTTP against the running application, as a browser's login form does. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
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
    @AfterEach
    void forgetEarlierFailures() {
        limiter.clear();
    }

    @Test
    void a_sign_in_posted_from_another_site_does_not_sign_the_browser_in() throws Exception {
        String attackersAccount = testData.person().create().email();
        // the victim's browser, sent to the attacker's page, which posts the login form here
        HttpClient victim = browser();
        victim.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> posted = victim.send(
                loginPost()
                        .header("Origin", "https://evil.example")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(attackersAccount, TestData.PASSWORD) + "&_csrf=bogus-token"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(posted.headers().firstValue("Location")).isEmpty();
        assertThat(home(victim)).as("the victim's browser is not signed in").isEqualTo("/login");

        // an older browser that sends only the Origin header
        HttpClient older = browser();
        HttpResponse<Void> onlyOrigin = older.send(
                loginPost()
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(form(attackersAccount, TestData.PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(onlyOrigin.statusCode()).isEqualTo(403);
        assertThat(home(older)).isEqualTo("/login");
    }

    @Test
    void the_login_form_posted_from_its_own_page_signs_in() throws Exception {
        String email = testData.person().create().email();
        HttpClient browser = browser();
        HttpResponse<Void> posted = browser.send(
                loginPost()
                        .header("Origin", base())
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(form(email, TestData.PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").map(l -> URI.create(l)
                        .getPath()))
                .hasValue("/");
        assertThat(home(browser)).as("signed in: the home page is served").isEqualTo("/");
    }

    @Test
    void sign_in_events_are_logged_as_structured_lines_without_the_password(CapturedOutput output) throws Exception {
        var person = testData.person().create();
        String typedWrong = "mijn-geheime-tikfout-" + System.nanoTime();
        ch.qos.logback.classic.Logger securityLogger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SecurityLog.LOGGER);
        var events = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        events.start();
        securityLogger.addAppender(events);
        try {
            assertThat(signIn(person.email(), typedWrong)).isEqualTo("/login?error");
            assertThat(signIn(person.email(), TestData.PASSWORD)).isEqualTo("/");
        } finally {
            securityLogger.detachAppender(events);
        }
        assertThat(output.getAll())
                .contains(
                        "security sign-in-failed person=" + person.id() + " source.ip=127.0.0.1 reason=wrong-password")
                .contains("security sign-in person=" + person.id() + " source.ip=127.0.0.1")
                .doesNotContain(typedWrong)
                .doesNotContain(TestData.PASSWORD);

        // as the production console writes them (logging.structured.format.console=ecs)
        var ecs = new org.springframework.boot.logging.logback.StructuredLogEncoder();
        ecs.setContext(securityLogger.getLoggerContext());
        ecs.setFormat("ecs");
        ecs.start();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        java.util.List<String> actions = new java.util.ArrayList<>();
        for (var event : events.list) {
            String line = new String(ecs.encode(event), StandardCharsets.UTF_8).strip();
            assertThat(line).doesNotContain(typedWrong).doesNotContain(TestData.PASSWORD);
            var tree = json.readTree(line);
            var action = tree.path("event").path("action");
            actions.add(action.isMissingNode() ? tree.path("event.action").asString() : action.asString());
            assertThat(tree.path("log").path("logger").asString()).isEqualTo(SecurityLog.LOGGER);
        }
        ecs.stop();
        assertThat(actions).containsExactly("sign-in-failed", "sign-in");
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
        for (int i = 0; i < 10; i++) {
            String victim = testData.person().create().email();
            assertThat(signIn(victim, "geraden-wachtwoord")).isEqualTo("/login?error");
        }
        String untouched = testData.person().create().email();
        assertThat(signIn(untouched, TestData.PASSWORD))
                .as("an eleventh account from the same address, even with its right password")
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

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
    }

    private HttpRequest.Builder loginPost() {
        return HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private static String form(String email, String password) {
        return "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** Where this browser ends up when it opens the home page: "/" when signed in. */
    private String home(HttpClient browser) throws Exception {
        HttpResponse<Void> response = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/")).build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200
                ? "/"
                : URI.create(response.headers().firstValue("Location").orElse("?"))
                        .getPath();
    }

    @Test
    void a_bogus_basic_auth_request_to_management_costs_no_password_hash() throws Exception {
        String bogus = "Basic "
                + java.util.Base64.getEncoder().encodeToString("monitoring:raden".getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest anonymous =
                HttpRequest.newBuilder(URI.create(base() + "/actuator/info")).build();
        HttpRequest withBogusPassword = HttpRequest.newBuilder(URI.create(base() + "/actuator/info"))
                .header("Authorization", bogus)
                .build();
        assertThat(client.send(withBogusPassword, HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(401);
        long hash = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            passwordEncoder.matches("raden", passwordEncoder.encode("iets-anders"));
        }
        double oneHashMillis = (System.nanoTime() - hash) / 1e6 / 10;
        double anonymousMillis = millisPerRequest(client, anonymous);
        double bogusMillis = millisPerRequest(client, withBogusPassword);
        System.out.printf(
                "management: %.1f ms per anonymous request, %.1f ms with a bogus password; one Argon2 check %.1f ms%n",
                anonymousMillis, bogusMillis, oneHashMillis);
        assertThat(bogusMillis - anonymousMillis).isLessThan(oneHashMillis / 2);
    }

    private static double millisPerRequest(HttpClient client, HttpRequest request) throws Exception {
        int n = 20;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        return (System.nanoTime() - start) / 1e6 / n;
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
