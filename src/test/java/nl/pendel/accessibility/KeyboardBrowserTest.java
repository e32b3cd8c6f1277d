package nl.pendel.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.BrowserTest;
import nl.pendel.TestData;
import nl.pendel.homework.HomeworkService;
import nl.pendel.plan.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without a mouse: signing in and handing in homework with the keyboard alone (Tab, typing, Enter),
 * in headless Chromium. Each step asserts where the focus is, so a trap or a missing tab stop fails.
 */
class KeyboardBrowserTest extends BrowserTest {

    private static final int MAX_TABS = 60;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    nl.pendel.plan.PlanService plans;

    @Autowired
    nl.pendel.plan.PlanSectionService sections;

    @Autowired
    nl.pendel.course.CourseService courses;

    @Test
    void a_participant_signs_in_and_hands_in_homework_with_the_keyboard_only() {
        var course = fixtures.published(8);
        var participant = course.member(1, 0);
        long meeting1 = testData.runAs(
                course.trainer().email(),
                () -> courses.details(course.id()).meetings().getFirst().id());

        WebDriver browser = browser();
        browser.get(url("login"));
        waitUntil(browser, d -> !d.findElements(By.cssSelector("input[name=username]"))
                .isEmpty());
        tabTo(browser, "input[name=username]");
        keys(browser, participant.email());
        tabTo(browser, "input[name=password]");
        keys(browser, TestData.PASSWORD, Keys.ENTER);
        waitUntil(browser, d -> !d.getCurrentUrl().contains("/login"));
        screenshot(browser, "signed-in");

        browser.get(url("huiswerk/" + course.id() + "/" + meeting1));
        waitUntil(browser, d -> !d.findElements(By.id("homework-text")).isEmpty());
        tabTo(browser, "#homework-text textarea");
        keys(browser, "In mijn caseload speelt eenzaamheid bij ouderen die net alleen zijn komen te wonen.");
        pause(2500);
        tabTo(browser, "#homework-submit");
        screenshot(browser, "focus-on-submit");
        keys(browser, Keys.ENTER);
        waitUntil(browser, d -> !testData.runAs(participant.email(), () -> myHomework.mine(course.id(), meeting1))
                .submissions()
                .isEmpty());
        screenshot(browser, "handed-in");
    }

    @Test
    void a_plan_sections_actions_work_with_the_keyboard_and_keep_the_focus() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        testData.runAs(member.email(), () -> sections.comment(planId, "doelgroep", "Eerst de buurt vragen?"));

        WebDriver browser = browser();
        login(browser, member.email());
        browser.get(url("plannen/" + planId));
        waitUntil(browser, d -> !d.findElements(By.id("comments-toggle-doelgroep"))
                .isEmpty());

        tabTo(browser, "#comments-toggle-doelgroep");
        keys(browser, Keys.ENTER);
        waitUntil(browser, d -> !d.findElements(By.id("comments-doelgroep")).isEmpty());
        assertThat(browser.findElement(By.id("comments-doelgroep")).getText()).contains("Eerst de buurt vragen?");
        waitUntil(browser, d -> focused(d, "#comments-toggle-doelgroep"));
        screenshot(browser, "plan-discussion-open");
        assertThat(browser.findElement(By.id("comments-toggle-doelgroep")).getDomAttribute("aria-expanded"))
                .as("the open discussion is announced, and the focus is still on its button")
                .isEqualTo("true");

        // the edit button comes before the discussion's button in the section's toolbar
        tabBackTo(browser, "#edit-doelgroep");
        keys(browser, Keys.ENTER);
        waitUntil(browser, d -> focused(d, "#section-doelgroep vaadin-text-area.section-editor"));
        keys(browser, "Jonge ouders in de wijk");
        pause(1500);
        tabTo(browser, "#save-doelgroep");
        keys(browser, Keys.ENTER);
        waitUntil(browser, d -> focused(d, "#edit-doelgroep"));
        screenshot(browser, "plan-section-saved-focus-on-edit");
        assertThat(testData.runAs(member.email(), () -> plans.plan(planId)).sections().stream()
                        .filter(section -> section.key().equals("doelgroep"))
                        .findFirst()
                        .orElseThrow()
                        .content())
                .isEqualTo("Jonge ouders in de wijk");
    }

    /** Presses Tab until the focus is on the element, failing after {@value #MAX_TABS} presses. */
    private void tabTo(WebDriver browser, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(browser, selector)) {
                return;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError(
                "Tab never reached " + selector + " in " + MAX_TABS + " presses; focus on " + active(browser));
    }

    /** As {@link #tabTo}, backwards (Shift+Tab). */
    private void tabBackTo(WebDriver browser, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(browser, selector)) {
                return;
            }
            new Actions(browser)
                    .keyDown(Keys.SHIFT)
                    .sendKeys(Keys.TAB)
                    .keyUp(Keys.SHIFT)
                    .perform();
            pause(150);
        }
        throw new AssertionError(
                "Shift+Tab never reached " + selector + " in " + MAX_TABS + " presses; focus on " + active(browser));
    }

    /** The start of the focused element's HTML, for a failure message. */
    private static Object active(WebDriver browser) {
        return ((JavascriptExecutor) browser)
                .executeScript(
                        "const a = document.activeElement; return a ? a.outerHTML.substring(0, 200) : 'nothing';");
    }

    private static boolean focused(WebDriver browser, String selector) {
        Object hit = ((JavascriptExecutor) browser).executeScript("""
                let active = document.activeElement;
                while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                  active = active.shadowRoot.activeElement;
                }
                const target = document.querySelector(arguments[0]);
                return !!target && (target === active || target.contains(active)
                  || (active && active.getRootNode() && active.getRootNode().host === target));""", selector);
        return Boolean.TRUE.equals(hit);
    }

    private static void keys(WebDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
        pause(150);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
