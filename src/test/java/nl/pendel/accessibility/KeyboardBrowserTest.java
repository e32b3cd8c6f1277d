package nl.pendel.accessibility;

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
        waitUntil(browser, d -> !testData.runAs(participant.email(), () -> homework.mine(course.id(), meeting1))
                .submissions()
                .isEmpty());
        screenshot(browser, "handed-in");
    }

    /** Presses Tab until the focus is on the element, failing after {@value #MAX_TABS} presses. */
    private void tabTo(WebDriver browser, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(browser, selector)) {
                return;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + selector + " in " + MAX_TABS + " presses");
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
