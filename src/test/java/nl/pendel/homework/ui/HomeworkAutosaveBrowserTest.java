package nl.pendel.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.BrowserTest;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.plan.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, items 4 and 7, in headless Chromium: what a participant types into their homework is
 * never lost by a reload (saved at once, or the browser asks first), and a citizen service number
 * typed into it never reaches the database, while the text stays on the screen.
 */
class HomeworkAutosaveBrowserTest extends BrowserTest {

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    private String writer;
    private long courseId;
    private long meetingId;

    @Test
    void text_typed_just_before_a_reload_is_saved_or_the_browser_asks_first() {
        WebDriver browser = homeworkPage();
        String typed = "Schulden komen steeds terug in de wijk, vooral bij jonge gezinnen.";

        textArea(browser).sendKeys(typed);
        boolean asked = reload(browser);

        assertThat(asked || storedDraft().equals(typed))
                .as("saved before the page went (stored: '%s'), or the browser asked first", storedDraft())
                .isTrue();
        assertThat(textArea(browser).getDomProperty("value"))
                .as("the page shows what is stored")
                .isEqualTo(storedDraft());
    }

    @Test
    void text_typed_just_before_going_back_to_the_previous_screen_is_saved_or_pendel_asks_first() {
        WebDriver browser = homeworkPage();
        // to the editor from the list, as a person goes, so that "back" stays inside Pendel
        browser.get(url("huiswerk"));
        String editor = "a[href$='huiswerk/" + courseId + "/" + meetingId + "']";
        waitUntil(browser, d -> d.findElements(By.cssSelector(editor)).stream()
                        .findFirst()
                        .orElse(null))
                .click();
        String typed = "Veel vragen over schulden bij jonge gezinnen in de portiekflats.";

        textArea(browser).sendKeys(typed);
        browser.navigate().back();

        waitUntil(
                browser,
                d -> storedDraft().equals(typed) || shownText(d).contains("Je wijzigingen zijn nog niet bewaard"));
    }

    @Test
    void after_concept_bewaard_a_reload_asks_nothing_and_shows_all_the_text() {
        WebDriver browser = homeworkPage();
        String typed = "Veel eenzaamheid bij ouderen in de flats aan de rand van de wijk.";

        textArea(browser).sendKeys(typed);
        waitUntil(browser, d -> shownText(d).contains("Concept bewaard om"));
        waitUntil(browser, d -> storedDraft().equals(typed));
        boolean asked = reload(browser);

        assertThat(asked).as("nothing unsaved, so no question").isFalse();
        assertThat(textArea(browser).getDomProperty("value")).isEqualTo(typed);
    }

    @Test
    void a_citizen_service_number_typed_into_homework_is_refused_and_after_a_reload_the_draft_does_not_hold_it() {
        WebDriver browser = homeworkPage();
        textArea(browser).sendKeys("Cliënt belde over de huur.");
        waitUntil(browser, d -> storedDraft().equals("Cliënt belde over de huur."));

        textArea(browser).sendKeys(" Haar bsn is 111222333.");
        waitUntil(browser, d -> shownText(d).contains("Concept niet bewaard: haal eerst het BSN weg"));
        screenshot(browser, "draft-refused");
        assertThat(textArea(browser).getDomProperty("value"))
                .as("the text stays in the field")
                .isEqualTo("Cliënt belde over de huur. Haar bsn is 111222333.");
        boolean asked = reload(browser);

        assertThat(asked)
                .as("the refused text is not stored, so the browser asks before it goes")
                .isTrue();
        assertThat(storedDraft()).isEqualTo("Cliënt belde over de huur.");
        assertThat(textArea(browser).getDomProperty("value")).doesNotContain("111222333");
    }

    // ---- helpers

    /** A participant of a new published course, on the page of the first assignment. */
    private WebDriver homeworkPage() {
        var course = fixtures.published(8);
        writer = course.member(1, 0).email();
        courseId = course.id();
        meetingId = testData.runAs(course.trainer().email(), () -> courses.details(courseId)).meetings().stream()
                .filter(m -> !m.asksCaseloadThemes())
                .map(CourseDetails.Meeting::id)
                .findFirst()
                .orElseThrow();
        WebDriver browser = browser();
        login(browser, writer);
        browser.get(url("huiswerk/" + courseId + "/" + meetingId));
        textArea(browser);
        return browser;
    }

    private WebElement textArea(WebDriver browser) {
        return waitUntil(browser, d -> d.findElements(By.cssSelector("#homework-text textarea")).stream()
                .findFirst()
                .orElse(null));
    }

    private String storedDraft() {
        return testData.runAs(writer, () -> myHomework.mine(courseId, meetingId))
                .draft();
    }

    /**
     * Reloads the page, and answers whether the page asked the browser to warn first: whether its
     * beforeunload event was cancelled, which is what makes a browser ask "Leave site?" after the
     * person typed. ChromeDriver accepts that question itself during a navigation (no alert
     * reaches the test), so the verdict is read at the real unload, from a listener added after
     * the page's own, and kept in the tab's session storage across the reload.
     */
    private boolean reload(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("""
                window.pendelBeforeReload = true;
                sessionStorage.removeItem('pendel-asked');
                window.addEventListener('beforeunload',
                    e => sessionStorage.setItem('pendel-asked', String(e.defaultPrevented || !!e.returnValue)));""");
        try {
            browser.navigate().refresh();
        } catch (UnhandledAlertException e) {
            browser.switchTo().alert().accept();
        }
        waitUntil(browser, d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !window.pendelBeforeReload"));
            } catch (WebDriverException e) {
                return false; // between the two pages
            }
        });
        textArea(browser);
        return "true".equals(js.executeScript("return sessionStorage.getItem('pendel-asked')"));
    }
}
