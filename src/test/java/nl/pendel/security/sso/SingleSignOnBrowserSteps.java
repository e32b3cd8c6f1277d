package nl.pendel.security.sso;

import nl.pendel.BrowserTest;
import nl.pendel.security.sso.TestIdentityProvider.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The steps of a single sign-on in the browser, against the test run's {@link
 * TestIdentityProvider}, which is registered in the Pendel under test.
 */
abstract class SingleSignOnBrowserSteps extends BrowserTest {

    static final TestIdentityProvider provider = TestIdentityProvider.shared();

    /**
     * The security context holder the JVM had before this class's application started. Spring
     * Security's holder is static, one per JVM: the application of this class puts its own there,
     * which would take sign-ins away from the other tests' application. It is put back after the
     * class (as TwoNodesTest and BackupRestoreProductionTest do for theirs).
     */
    private static SecurityContextHolderStrategy holderBefore;

    @DynamicPropertySource
    static void registerTheProvider(DynamicPropertyRegistry registry) {
        // called while this class's application is made, before it puts its holder in place
        holderBefore = SecurityContextHolder.getContextHolderStrategy();
        for (String property : provider.pendelProperties()) {
            int is = property.indexOf('=');
            registry.add(property.substring(0, is), () -> property.substring(is + 1));
        }
    }

    @AfterAll
    static void giveTheHolderBack() {
        if (holderBefore != null) {
            SecurityContextHolder.setContextHolderStrategy(holderBefore);
            holderBefore = null;
        }
    }

    @BeforeEach
    void letThisPendelBeSentBackTo() {
        provider.allowPendelAt(port);
    }

    static void clickSingleSignOn(WebDriver browser) {
        browser.findElement(By.cssSelector("a.login-sso-button")).click();
    }

    void signInThroughTheProvider(WebDriver browser, Account account) {
        atTheProvider(browser, account);
        try {
            waitUntil(
                    browser,
                    b -> b.getCurrentUrl().startsWith(url(""))
                            && !b.getCurrentUrl().contains("/login")
                            && !b.findElements(By.tagName("vaadin-app-layout")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException notIn) {
            screenshot(browser, "not-signed-in");
            throw new AssertionError(
                    "not signed in; the browser is at " + browser.getCurrentUrl() + ": " + shownText(browser), notIn);
        }
    }

    void signInThroughTheProviderAndBeRefused(WebDriver browser, Account account) {
        atTheProvider(browser, account);
        waitUntil(
                browser,
                b -> b.getCurrentUrl().startsWith(url("login?error"))
                        && shownText(b).contains("Inloggen is niet gelukt"));
    }

    void atTheProvider(WebDriver browser, Account account) {
        browser.get(url("login"));
        waitUntil(browser, b -> !b.findElements(By.cssSelector("a.login-sso-button"))
                .isEmpty());
        clickSingleSignOn(browser);
        waitUntil(
                browser,
                b -> b.getCurrentUrl().startsWith(provider.issuer())
                        && !b.findElements(By.cssSelector("input[name=username]"))
                                .isEmpty());
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys(account.username());
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(account.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    void signOut(WebDriver browser) {
        clickButton(browser, "Uitloggen");
        waitUntil(
                browser,
                b -> b.getCurrentUrl().startsWith(url("login"))
                        && !b.findElements(By.cssSelector("a.login-sso-button")).isEmpty());
    }
}
