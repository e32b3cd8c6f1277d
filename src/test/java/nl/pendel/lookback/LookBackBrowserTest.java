package nl.pendel.lookback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import nl.pendel.BrowserTest;
import nl.pendel.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The look-back journey (issue 19): at the end of a session a participant fills it in on a phone
 * in well under a minute, signed; the trainer reads it; at the next meeting the session briefing
 * and the attendance show "Terugblik op vorige keer".
 */
class LookBackBrowserTest extends BrowserTest {

    @Autowired
    LookBackFixture fixtures;

    @Autowired
    TestClock clock;

    @Test
    void a_participant_looks_back_on_a_phone_and_the_trainer_reads_it_at_the_next_meeting() throws Exception {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), -10);

        WebDriver phone = browser();
        phone.manage().window().setSize(new Dimension(390, 844));
        login(phone, course.second().email());
        phone.get(url("mijn-sessies"));
        WebElement link = waitUntil(
                phone, d -> d.findElements(By.linkText("Vul de terugblik in (minder dan een minuut)")).stream()
                        .findFirst()
                        .orElse(null));
        screenshot(phone, "my-sessions-with-the-look-back-link");

        Instant started = Instant.now();
        scrollTo(phone, link);
        link.click();
        waitUntil(phone, d -> shownText(d).contains("Wat neem ik mee?"));
        screenshot(phone, "look-back-form");
        assertThat(seriousAccessibilityViolations(phone))
                .as("axe on the form at 390 px")
                .isEmpty();
        typeInTextArea(phone, "Wat neem ik mee?", "Samen met de opbouwwerker de wijk in");
        typeInTextArea(phone, "Wat mis ik nog?", "Meer tijd voor casuïstiek");
        WebElement four = waitUntil(phone, d -> d.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().strip().equals("4"))
                .findFirst()
                .orElse(null));
        scrollTo(phone, four);
        four.click();
        WebElement sign = phone.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.getText().contains("Zet mijn naam erbij"))
                .findFirst()
                .orElseThrow();
        scrollTo(phone, sign);
        Thread.sleep(300);
        sign.findElement(By.cssSelector("input")).click();
        waitUntil(phone, d -> sign.getDomAttribute("checked") != null);
        waitUntil(phone, d -> four.getDomAttribute("checked") != null);
        Thread.sleep(300);
        clickButton(phone, "Versturen");
        waitUntil(phone, d -> shownText(d).contains("Je terugblik is verstuurd"));
        Duration taken = Duration.between(started, Instant.now());
        screenshot(phone, "look-back-sent");
        assertThat(taken).as("filled in on a phone in under a minute").isLessThan(Duration.ofMinutes(1));
        System.out.printf("look-back on a phone: filled in and sent in %d ms%n", taken.toMillis());

        // the trainer, on a laptop, reads it the same evening
        WebDriver laptop = browser();
        login(laptop, course.trainer());
        laptop.get(url("cursussen/" + course.id() + "/terugblik"));
        waitUntil(laptop, d -> shownText(d).contains("Samen met de opbouwwerker de wijk in"));
        assertThat(shownText(laptop))
                .contains("1 antwoord · gemiddeld 4,0")
                .contains("— " + course.second().displayName());
        screenshot(laptop, "trainer-reads-the-look-backs");
        assertThat(seriousAccessibilityViolations(laptop))
                .as("axe on the results")
                .isEmpty();

        // at the next meeting: the briefing and the attendance list show the look-back on last time
        var next = course.meeting2();
        clock.setTo(LocalDateTime.of(next.date(), next.start()).minusHours(1));
        laptop.get(url(
                "cursussen/" + course.id() + "/huiswerk/" + next.meetingId() + "/briefing/" + next.subgroupNumber()));
        waitUntil(laptop, d -> shownText(d).contains("Terugblik op vorige keer"));
        assertThat(shownText(laptop)).contains("Meer tijd voor casuïstiek");
        WebElement card = laptop.findElement(By.cssSelector(".look-back-previous"));
        scrollTo(laptop, card);
        screenshot(laptop, "briefing-shows-the-look-back-on-last-time");
        assertThat(seriousAccessibilityViolations(laptop))
                .as("axe on the briefing")
                .isEmpty();

        laptop.get(url("cursussen/" + course.id() + "/aanwezigheid"));
        WebElement select = waitUntil(laptop, d -> d.findElements(By.cssSelector("vaadin-select")).stream()
                .findFirst()
                .orElse(null));
        scrollTo(laptop, select);
        select.click();
        String label = "Bijeenkomst 2 · subgroep " + next.subgroupNumber() + " ·";
        WebElement item = waitUntil(laptop, d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(label))
                .findFirst()
                .orElse(null));
        item.click();
        waitUntil(laptop, d -> shownText(d).contains("Meer tijd voor casuïstiek"));
        waitUntil(laptop, d -> shownText(d).contains("Terugblik op vorige keer"));
        WebElement beside = laptop.findElement(By.cssSelector(".look-back-previous"));
        scrollTo(laptop, beside);
        screenshot(laptop, "attendance-shows-the-look-back-on-last-time");

        WebDriver trainerPhone = browser();
        trainerPhone.manage().window().setSize(new Dimension(390, 844));
        login(trainerPhone, course.trainer());
        trainerPhone.get(url("cursussen/" + course.id() + "/terugblik"));
        waitUntil(trainerPhone, d -> shownText(d).contains("Samen met de opbouwwerker de wijk in"));
        screenshot(trainerPhone, "trainer-reads-the-look-backs-on-a-phone");
    }

    private static void typeInTextArea(WebDriver browser, String label, String text) throws InterruptedException {
        WebElement area = (WebElement) ((JavascriptExecutor) browser)
                .executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-text-area')).find(e => e.label === arguments[0]);",
                        label);
        WebElement input = area.findElement(By.cssSelector("textarea"));
        scrollTo(browser, input);
        input.click();
        input.sendKeys(text);
        Thread.sleep(200);
    }
}
