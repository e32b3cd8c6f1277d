package nl.pendel.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.Role;
import nl.pendel.security.sso.TestIdentityProvider.Account;
import nl.pendel.team.TeamSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider started in the test run (Spring
 * Authorization Server, {@link TestIdentityProvider}), in a real browser: the button on Pendel's
 * login page, the provider's own sign-in form, the authorization code with PKCE (the provider
 * refuses a request without it), and back in Pendel as the right person — linked by verified
 * address, made anew, or refused — with the roles and team from the claims. Signing out ends the
 * session at the provider too.
 */
@TestPropertySource(
        properties = {
            "pendel.sso.roles=claims",
            "pendel.sso.group-roles.pendel-trainers=TRAINER",
            "pendel.sso.group-roles.pendel-deelnemers=PARTICIPANT",
            "pendel.sso.group-roles.pendel-teamleiders=TEAM_LEAD",
            "pendel.sso.create-people=true",
            "pendel.sso.team-claim=team"
        })
class SingleSignOnBrowserTest extends SingleSignOnBrowserSteps {

    @Autowired
    PersonService people;

    @Test
    void a_known_person_is_linked_by_their_verified_address_and_gets_the_roles_of_their_groups() {
        PersonSummary person =
                testData.person().roles(Role.PARTICIPANT).noPassword().create();
        Account account = provider.add(new Account(
                "sophie." + person.id(),
                "Wachtwoord-bij-de-gemeente",
                person.email(),
                true,
                "S. Meijer",
                List.of("pendel-trainers", "pendel-deelnemers", "iedereen"),
                null));
        WebDriver browser = browser();

        signInThroughTheProvider(browser, account);
        screenshot(browser, "signed-in");

        assertThat(shownText(browser)).contains(person.displayName());
        assertThat(stored(person.email()).roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.PARTICIPANT);

        // the address changes at the provider: the link holds, by the provider's id for the person
        signOut(browser);
        Account moved = provider.add(new Account(
                account.username(),
                account.password(),
                "nieuw." + person.email(),
                true,
                account.name(),
                List.of("pendel-deelnemers"),
                null));
        signInThroughTheProvider(browser, moved);
        assertThat(shownText(browser)).contains(person.displayName());
        assertThat(stored(person.email()).roles()).containsExactly(Role.PARTICIPANT);
    }

    @Test
    void someone_new_is_made_from_the_claims_with_their_name_role_and_team() {
        TeamSummary team = testData.team();
        Account account = provider.add(new Account(
                "fatma." + TestDataNames.next(),
                "Wachtwoord-bij-de-gemeente",
                TestDataNames.next() + "@groningen.test",
                true,
                "Fatma Yılmaz",
                List.of("pendel-deelnemers"),
                team.name()));
        WebDriver browser = browser();

        signInThroughTheProvider(browser, account);
        screenshot(browser, "new-person");

        assertThat(shownText(browser)).contains("Fatma Yılmaz");
        PersonSummary made = stored(account.email());
        assertThat(made.displayName()).isEqualTo("Fatma Yılmaz");
        assertThat(made.roles()).containsExactly(Role.PARTICIPANT);
        assertThat(made.teamId()).isEqualTo(team.id());
        assertThat(made.canSignIn())
                .as("signs in through the provider, without a password in Pendel")
                .isTrue();
    }

    @Test
    void a_deactivated_person_is_refused_with_a_message_in_dutch_and_is_not_signed_in() {
        PersonSummary person =
                testData.person().roles(Role.PARTICIPANT).noPassword().create();
        testData.deactivate(person);
        Account account = provider.accountFor(person.email(), true, person.displayName(), "pendel-deelnemers");
        WebDriver browser = browser();

        signInThroughTheProviderAndBeRefused(browser, account);
        screenshot(browser, "refused-inactive");

        assertThat(shownText(browser)).contains("Je account in Pendel is niet (meer) actief");
        browser.get(url(""));
        waitUntil(browser, b -> b.getCurrentUrl().contains("/login"));
    }

    @Test
    void an_address_the_provider_has_not_verified_links_nobody() {
        PersonSummary person =
                testData.person().roles(Role.TRAINER).noPassword().create();
        Account account = provider.accountFor(person.email(), false, person.displayName(), "pendel-trainers");
        WebDriver browser = browser();

        signInThroughTheProviderAndBeRefused(browser, account);

        assertThat(shownText(browser)).contains("geen bevestigd e-mailadres");
    }

    @Test
    void someone_whose_groups_give_no_role_is_refused() {
        Account account = provider.newAccount("Zonder Rol", "iedereen");
        WebDriver browser = browser();

        signInThroughTheProviderAndBeRefused(browser, account);
        screenshot(browser, "refused-no-role");

        assertThat(shownText(browser)).contains("Je hebt in Pendel geen rol");
    }

    @Test
    void signing_out_ends_the_session_at_the_provider_too() {
        Account account = provider.newAccount("Kees de Vries", "pendel-teamleiders");
        WebDriver browser = browser();
        signInThroughTheProvider(browser, account);

        signOut(browser);
        clickSingleSignOn(browser);

        // the provider asks again: its session ended with Pendel's
        waitUntil(
                browser,
                b -> b.getCurrentUrl().startsWith(provider.issuer())
                        && !b.findElements(By.cssSelector("input[name=username]"))
                                .isEmpty());
        screenshot(browser, "provider-asks-again");
    }

    @Test
    void the_login_page_offers_both_ways_in_and_passes_axe_on_a_laptop_and_a_phone() {
        WebDriver browser = browser();
        browser.get(url("login"));
        waitUntil(browser, b -> !b.findElements(By.cssSelector("input[name=username]"))
                .isEmpty());
        assertThat(shownText(browser)).contains("Inloggen met je WIJ-account", "Wachtwoord vergeten?");
        screenshot(browser, "laptop");
        assertThat(seriousAccessibilityViolations(browser)).isEmpty();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitUntil(browser, b -> !b.findElements(By.cssSelector("a.login-sso-button"))
                .isEmpty());
        screenshot(browser, "phone");
        assertThat(seriousAccessibilityViolations(browser)).isEmpty();
    }

    private PersonSummary stored(String email) {
        return testData.runAs("beheerder@pendel.test", () -> people.search(email, null, PageRequest.of(0, 2))).stream()
                .filter(p -> p.email().equalsIgnoreCase(email))
                .findFirst()
                .orElseThrow();
    }

    /** Unique parts of names and addresses. */
    static final class TestDataNames {
        private static int counter;

        static synchronized String next() {
            return nl.pendel.TestData.unique("sso") + (++counter);
        }
    }
}
