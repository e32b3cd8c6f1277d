package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import nl.pendel.BrowserTest;
import nl.pendel.TestClock;
import nl.pendel.TestData;
import nl.pendel.account.AccountLinkService;
import nl.pendel.account.AccountLinks;
import nl.pendel.account.PersonSummary;
import nl.pendel.notification.internal.Outbox;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Invitations and "Wachtwoord vergeten?" end to end: the mail as a real SMTP server (GreenMail)
 * receives it, its link opened in headless Chromium, a password chosen and signed in with; the
 * same link refused the second time and after it expired; an unknown address answered the same
 * and mailed nothing.
 */
class AccountLinkBrowserTest extends BrowserTest {

    private static final String CHOSEN = "zelf gekozen in de browser";
    private static final String SAME_ANSWER = "Als dit adres bij Pendel bekend is, ontvang je";

    @Autowired
    AccountLinkService links;

    @Autowired
    Outbox outbox;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private MailServer server;

    @BeforeEach
    void startMailServer() {
        server = new MailServer().start();
    }

    @AfterEach
    void stopMailServer() {
        server.close();
    }

    @Test
    void an_invited_person_opens_the_link_from_the_mail_chooses_a_password_and_signs_in_once() throws Exception {
        PersonSummary person = testData.person().noPassword().create();
        SystemAuthentication.runAsAdministrator(() -> links.invite(List.of(person.id())));
        String link = linkFromMail(person.email(), "Je account voor Pendel: kies een wachtwoord");
        assertThat(link).startsWith(settings.baseUrl() + "/wachtwoord-kiezen#");

        WebDriver browser = browser();
        browser.get(local(link));
        waitUntil(browser, b -> shownText(b).contains("Welkom bij Pendel."));
        assertThat(browser.getCurrentUrl())
                .as("the token is taken out of the address bar")
                .endsWith("/wachtwoord-kiezen");
        choosePassword(browser, CHOSEN);
        login(browser, person.email(), CHOSEN);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");

        WebDriver second = browser();
        second.get(local(link));
        waitUntil(second, b -> shownText(b).contains("Deze link is al gebruikt of verlopen"));
        assertThat(jdbc.sql(
                                "select concat(body_text, body_html) from mail_outbox where person_id = ? and kind = 'ACCOUNT'")
                        .param(person.id())
                        .query(String.class)
                        .single())
                .as("once sent, the outbox keeps the mail without the token")
                .doesNotContain(link.substring(link.indexOf('#')))
                .contains("/wachtwoord-kiezen#…");
    }

    @Test
    void forgot_password_on_the_login_page_mails_a_link_that_sets_a_new_password() throws Exception {
        PersonSummary person = testData.person().create();
        WebDriver browser = browser();
        browser.get(url("login"));
        waitUntil(browser, b -> shownText(b).contains("Wachtwoord vergeten?"));
        screenshots(browser, "login-page");
        clickButton(browser, "Wachtwoord vergeten?");
        waitUntil(browser, b -> b.getCurrentUrl().endsWith("/wachtwoord-vergeten"));
        waitUntil(browser, b -> shownText(b).contains("Vul het e-mailadres in waarmee je inlogt."));
        screenshots(browser, "forgot-page");
        type(browser, "vaadin-email-field", "E-mailadres", person.email());
        clickButton(browser, "Stuur mij een link");
        waitUntil(browser, b -> shownText(b).contains(SAME_ANSWER));
        screenshots(browser, "forgot-answer");

        String link = linkFromMail(person.email(), "Een nieuw wachtwoord voor Pendel");
        browser.get(local(link));
        waitUntil(browser, b -> shownText(b).contains("Kies een nieuw wachtwoord voor je account."));
        screenshots(browser, "choose-page");
        choosePassword(browser, CHOSEN);
        screenshots(browser, "password-set");
        login(browser, person.email(), CHOSEN);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void a_link_opened_after_it_expired_is_refused_with_a_way_to_ask_for_a_new_one() throws Exception {
        PersonSummary person = testData.person().create();
        links.requestReset(person.email(), "192.0.2.50");
        String link = linkFromMail(person.email(), "Een nieuw wachtwoord voor Pendel");
        clock.advance(Duration.ofMinutes(61));

        WebDriver browser = browser();
        browser.get(local(link));
        waitUntil(browser, b -> shownText(b).contains("Deze link is al gebruikt of verlopen"));
        assertThat(browser.findElements(By.cssSelector("vaadin-password-field")))
                .isEmpty();
        screenshots(browser, "expired-page");
        browser.findElement(By.linkText("Nieuwe link aanvragen")).click();
        waitUntil(browser, b -> b.getCurrentUrl().endsWith("/wachtwoord-vergeten"));
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() throws Exception {
        String unknown = TestData.unique("onbekend") + "@pendel.test";
        PersonSummary known = testData.person().create();
        String unknownAnswer = answerFor(unknown);
        String knownAnswer = answerFor(known.email());
        assertThat(unknownAnswer).contains(SAME_ANSWER).isEqualTo(knownAnswer);

        // requests are handled in order, so once the known address has its mail the unknown one is done
        linkFromMail(known.email(), "Een nieuw wachtwoord voor Pendel");
        drain();
        assertThat(server.to(unknown)).isEmpty();
    }

    private String answerFor(String email) throws InterruptedException {
        WebDriver browser = browser();
        browser.get(url("wachtwoord-vergeten"));
        type(browser, "vaadin-email-field", "E-mailadres", email);
        clickButton(browser, "Stuur mij een link");
        waitUntil(browser, b -> shownText(b).contains(SAME_ANSWER));
        return String.valueOf(((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('.account-card-content').innerText"));
    }

    private void choosePassword(WebDriver browser, String password) throws InterruptedException {
        type(browser, "vaadin-password-field", "Nieuw wachtwoord", password);
        type(browser, "vaadin-password-field", "Nieuw wachtwoord nog eens", password);
        clickButton(browser, "Wachtwoord opslaan");
        waitUntil(browser, b -> shownText(b).contains("Je wachtwoord is ingesteld"));
    }

    /**
     * Photographs the page at 1280 and at 390 pixels wide (a phone), and checks it with axe-core
     * for serious accessibility problems.
     */
    private void screenshots(WebDriver browser, String what) throws InterruptedException {
        assertThat(seriousAccessibilityViolations(browser)).as(what).isEmpty();
        screenshot(browser, what + "-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(400);
        screenshot(browser, what + "-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
        Thread.sleep(200);
    }

    /** Sends the outbox to the mail server until the mail arrives, and answers the link in it. */
    private String linkFromMail(String email, String subject) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            drain();
            Optional<MimeMessage> mail = server.to(email).stream()
                    .filter(m -> MailServer.subject(m).equals(subject))
                    .reduce((first, second) -> second);
            if (mail.isPresent()) {
                String text = MailServer.part(mail.get(), "text/plain").orElseThrow();
                String html = MailServer.part(mail.get(), "text/html").orElseThrow();
                Matcher matcher = AccountLinks.LINK.matcher(text);
                assertThat(matcher.find()).as("a link in the mail").isTrue();
                assertThat(html).contains("href=\"" + matcher.group() + "\"");
                return matcher.group();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail \"" + subject + "\" reached " + email);
    }

    private void drain() {
        MailServer.drain(server.sender(outbox, transactions, settings, clock, "account-link-test"));
    }

    /** The mail's link on this test's server (the mail names the configured portal address). */
    private String local(String link) {
        return url(link.substring(settings.baseUrl().length() + 1));
    }
}
