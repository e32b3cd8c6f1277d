package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.pendel.BrowserTest;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant's trainer replies to their homework: the bell says so, the inbox opens the
 * homework, and the item is read afterwards; on a laptop and on a phone.
 */
class BellBrowserTest extends BrowserTest {

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    HomeworkReviewService review;

    @Test
    void participant_sees_the_bell_ring_for_feedback_opens_it_and_it_is_read() {
        var fixture = testData.published(6);
        var participant = fixture.participants().getFirst();
        long courseId = fixture.course().id();
        CourseDetails.Meeting meeting = testData.runAs(fixture.trainer().email(), () -> courses.details(courseId)
                        .meetings())
                .getFirst();
        long submission = testData.runAs(participant.email(), () -> {
            DraftSaved saved = homework.saveDraft(courseId, meeting.id(), "Mijn voorbereiding", 0);
            homework.submit(courseId, meeting.id(), saved.version(), false);
            return myHomework
                    .mine(courseId, meeting.id())
                    .submissions()
                    .getFirst()
                    .id();
        });
        testData.runAs(fixture.trainer().email(), () -> review.giveFeedback(courseId, submission, "Sterk."));

        WebDriver browser = browser();
        login(browser, participant.email());
        WebElement bell = waitUntil(browser, b -> b.findElements(By.cssSelector("a.bell")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        assertThat(bell.getAttribute("aria-label")).isEqualTo("Meldingen, 1 ongelezen");
        assertThat(bell.findElement(By.cssSelector(".bell-badge")).getText()).isEqualTo("1");
        hideDevelopmentTools(browser);
        screenshot(browser, "bell-rings-1280");

        bell.click();
        waitUntil(browser, b -> b.getCurrentUrl().endsWith("/meldingen"));
        WebElement item = waitUntil(browser, b -> b.findElements(By.cssSelector(".inbox-item.unread")).stream()
                .findFirst()
                .orElse(null));
        assertThat(item.getText()).contains("Je trainer heeft gereageerd op je huiswerk voor " + meeting.title());
        screenshot(browser, "inbox-1280");

        item.findElement(By.cssSelector("vaadin-button.inbox-open")).click();
        waitUntil(browser, b -> b.getCurrentUrl().endsWith("/huiswerk/" + courseId + "/" + meeting.id()));
        waitUntil(browser, b -> "Meldingen, geen ongelezen"
                .equals(b.findElement(By.cssSelector("a.bell")).getAttribute("aria-label")));
        screenshot(browser, "homework-opened-1280");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("meldingen"));
        List<WebElement> items = waitUntil(browser, b -> {
            List<WebElement> found = b.findElements(By.cssSelector(".inbox-item"));
            return found.isEmpty() ? null : found;
        });
        assertThat(items).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".inbox-item.unread"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".bell-badge"))).noneMatch(WebElement::isDisplayed);
        hideDevelopmentTools(browser);
        assertThat(seriousAccessibilityViolations(browser)).isEmpty();
        screenshot(browser, "inbox-read-390");
    }

    /** The development mode's own panel covers the navigation bar's corner; production has none. */
    private static void hideDevelopmentTools(WebDriver browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll('copilot-main, vaadin-dev-tools')"
                        + ".forEach(e => e.style.display = 'none')");
    }
}
