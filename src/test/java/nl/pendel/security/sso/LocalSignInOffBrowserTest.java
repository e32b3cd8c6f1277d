package nl.pendel.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.Role;
import nl.pendel.security.sso.TestIdentityProvider.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * Where everyone has single sign-on ({@code pendel.login.local=false}): the login page offers only
 * the provider, a password sign-in is refused even with the right password, there is no
 * "Wachtwoord vergeten?" and no link to choose a password; the roles stay as set in Pendel.
 */
@TestPropertySource(properties = "pendel.login.local=false")
class LocalSignInOffBrowserTest extends SingleSignOnBrowserSteps {

    @Test
    void the_login_page_offers_only_the_provider_on_a_laptop_and_a_phone() {
        WebDriver browser = browser();
        browser.get(url("login"));
        waitUntil(browser, b -> !b.findElements(By.cssSelector("a.login-sso-button"))
                .isEmpty());

        assertThat(browser.findElements(By.cssSelector("vaadin-login-form")))
                .as("no password form")
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Inloggen met je WIJ-account")
                .doesNotContain("Wachtwoord vergeten?", "of met je e-mailadres");
        screenshot(browser, "laptop");
        assertThat(seriousAccessibilityViolations(browser)).isEmpty();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitUntil(browser, b -> !b.findElements(By.cssSelector("a.login-sso-button"))
                .isEmpty());
        screenshot(browser, "phone");
    }

    @Test
    void a_password_sign_in_is_refused_even_with_the_right_password() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("login")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "username=beheerder%40pendel.test&password=welkom-in-pendel"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("uitgeschakeld");
    }

    @Test
    void forgetting_a_password_and_choosing_one_lead_to_the_login_page() {
        WebDriver browser = browser();
        browser.get(url("wachtwoord-vergeten"));
        waitUntil(browser, b -> b.getCurrentUrl().contains("/login"));
        browser.get(url("wachtwoord-kiezen#een-oude-link"));
        waitUntil(browser, b -> b.getCurrentUrl().contains("/login"));
    }

    @Test
    void a_person_signs_in_through_the_provider_and_keeps_the_roles_set_in_pendel() {
        PersonSummary trainer =
                testData.person().roles(Role.TRAINER).noPassword().create();
        Account account = provider.accountFor(trainer.email(), true, trainer.displayName(), "pendel-deelnemers");
        WebDriver browser = browser();

        signInThroughTheProvider(browser, account);
        screenshot(browser, "signed-in");

        assertThat(shownText(browser)).contains(trainer.displayName(), "Cursussen");
    }
}
