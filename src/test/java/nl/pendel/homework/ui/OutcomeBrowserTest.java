package nl.pendel.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.BrowserTest;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.Outcome;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, item 5 (first half), in headless Chromium: a trainer judges homework "nog niet" with a
 * reply, the participant sees what to do and hands in again, and the trainer judges it "voldaan";
 * each step at a laptop's and a phone's width.
 */
class OutcomeBrowserTest extends BrowserTest {

    private static final String NOT_YET = "Nog niet — pas aan en lever opnieuw in";

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    HomeworkReviewService review;

    @Test
    void trainer_marks_nog_niet_the_participant_hands_in_again_and_the_trainer_marks_voldaan() {
        CourseFixture fixture = testData.published(8);
        PersonSummary participant = fixture.participants().getFirst();
        long courseId = fixture.course().id();
        long meetingId = testData.runAs(fixture.trainer().email(), () -> courses.details(courseId))
                .meetings()
                .getFirst()
                .id();
        testData.runAs(participant.email(), () -> {
            DraftSaved saved = homework.saveDraft(courseId, meetingId, "Ik sprak drie buren aan.", 0);
            return homework.submit(courseId, meetingId, saved.version(), false);
        });

        WebDriver trainer = browser();
        login(trainer, fixture.trainer().email());
        judge(trainer, courseId, participant, "Nog niet", "Vertel ook wat je daarna zelf deed.");
        waitUntil(trainer, d -> gridBadge(d, "Nog niet"));
        bothWidths(trainer, "trainer-nog-niet");

        WebDriver writer = browser();
        login(writer, participant.email());
        writer.get(url("huiswerk/" + courseId + "/" + meetingId));
        waitUntil(writer, d -> shownText(d).contains(NOT_YET));
        assertThat(shownText(writer)).contains("Vertel ook wat je daarna zelf deed.");
        bothWidths(writer, "participant-nog-niet");
        WebElement text = waitUntil(writer, d -> d.findElements(By.cssSelector("#homework-text textarea")).stream()
                .findFirst()
                .orElse(null));
        text.sendKeys(" Daarna belde ik de buurtcoach.");
        waitUntil(writer, d -> shownText(d).contains("Concept bewaard om"));
        clickButton(writer, "Inleveren");
        waitUntil(writer, d -> shownText(d).contains("Ingeleverd – versie 2"));
        screenshot(writer, "participant-handed-in-again");

        judge(trainer, courseId, participant, "Voldaan", "Zo is het compleet.");
        waitUntil(trainer, d -> gridBadge(d, "Voldaan"));
        bothWidths(trainer, "trainer-voldaan");

        writer.navigate().refresh();
        waitUntil(writer, d -> shownText(d).contains("Voldaan"));
        assertThat(shownText(writer)).doesNotContain(NOT_YET).doesNotContain("Terugtrekken en aanpassen");
        bothWidths(writer, "participant-voldaan");

        long homeworkId = testData.runAs(fixture.trainer().email(), () -> review.overview(courseId, meetingId)).stream()
                .filter(r -> r.personId() == participant.id())
                .findFirst()
                .orElseThrow()
                .homeworkId();
        HomeworkReading reading = testData.runAs(fixture.trainer().email(), () -> review.read(courseId, homeworkId));
        assertThat(reading.outcome()).isEqualTo(Outcome.VOLDAAN);
        assertThat(reading.submissions()).hasSize(2);
        assertThat(reading.submissions().get(1).feedback()).singleElement().satisfies(f -> assertThat(f.outcome())
                .isEqualTo(Outcome.NOG_NIET));
    }

    /** On the course's homework tab: opens the participant's work, chooses the judgement, writes and sends. */
    private void judge(WebDriver browser, long courseId, PersonSummary participant, String choice, String reply) {
        browser.get(url("cursussen/" + courseId + "/huiswerk"));
        String label = "Huiswerk van " + participant.displayName() + " lezen";
        WebElement read = waitUntil(browser, d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> label.equals(b.getDomAttribute("aria-label")))
                .findFirst()
                .orElse(null));
        scrollTo(browser, read);
        read.click();
        WebElement radio =
                waitUntil(browser, d -> d.findElements(By.cssSelector("#homework-outcome vaadin-radio-button")).stream()
                        .filter(r -> r.getText().strip().equals(choice))
                        .findFirst()
                        .orElse(null));
        scrollTo(browser, radio);
        radio.click();
        WebElement area = browser.findElement(By.cssSelector("#homework-feedback textarea"));
        scrollTo(browser, area);
        area.sendKeys(reply);
        screenshot(browser, "dialog-" + choice.toLowerCase().replace(' ', '-'));
        browser.findElement(By.id("homework-feedback-send")).click();
        waitUntil(browser, d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]"))
                .isEmpty());
    }

    /** Whether the overview's grid shows an outcome badge with this text. */
    private static boolean gridBadge(WebDriver browser, String text) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript(
                        "return Array.from(document.querySelectorAll('.outcome')).some(e => e.textContent.trim() === arguments[0]);",
                        text));
    }

    /** A screenshot at 1280 px, and one at a phone's 390 px; back to 1280 after. */
    private void bothWidths(WebDriver browser, String what) {
        screenshot(browser, what + "-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        waitUntil(
                browser,
                d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= 400);
        sleep(400);
        screenshot(browser, what + "-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
        sleep(300);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
