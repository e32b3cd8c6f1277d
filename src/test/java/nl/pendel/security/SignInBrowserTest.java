package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.BrowserTest;
import nl.pendel.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The login page in a real browser after the login-CSRF check (the browser's own post says it
 * comes from Pendel's page) and with the sign-in throttle: five wrong passwords, then the page
 * says how many seconds to wait; from an address where the person signed in before, they get in.
 */
class SignInBrowserTest extends BrowserTest {

    @Autowired
    LoginAttemptLimiter limiter;

    @BeforeEach
    @AfterEach
    void forgetAllFailures() {
        limiter.clear();
    }

    @Test
    void the_login_form_signs_in_and_after_five_wrong_passwords_says_how_many_seconds_to_wait() {
        String email = testData.person().create().email();
        WebDriver browser = browser();
        for (int i = 0; i < 5; i++) {
            attempt(browser, email, "verkeerd-wachtwoord-" + i);
            waitUntil(browser, b -> shownText(b).contains("Controleer je e-mailadres en wachtwoord"));
        }
        attempt(browser, email, TestData.PASSWORD);
        waitUntil(browser, b -> shownText(b).contains("seconden opnieuw"));
        screenshot(browser, "wait-in-seconds");
        assertThat(shownText(browser))
                .contains("Even geduld")
                .containsPattern("Probeer het over (2\\d|30) seconden opnieuw");

        limiter.clear();
        login(browser, email);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        screenshot(browser, "signed-in");
    }

    private void attempt(WebDriver browser, String email, String password) {
        browser.get(url("login"));
        waitUntil(browser, b -> !b.findElements(By.cssSelector("input[name=username]"))
                .isEmpty());
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password + "\n");
        waitUntil(browser, b -> b.getCurrentUrl().contains("error"));
    }
}
