package nl.pendel.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.pendel.BrowserTest;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser (headless Chromium): a participant has their plan open, making no request,
 * when an administrator deactivates their account. Within seconds (the scheduled check of open
 * pages) the page goes to the login page by itself, and the old session opens nothing.
 */
class OpenPlanEndsBrowserTest extends BrowserTest {

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Test
    void a_deactivated_participants_open_plan_goes_to_the_login_page_by_itself() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        WebDriver browser = browser();
        login(browser, member.email());
        browser.get(url(PlanView.route(planId)));
        waitUntil(browser, d -> !d.findElements(By.id("section-doelgroep")).isEmpty());

        testData.deactivate(member);

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/login")
                        && !d.findElements(By.cssSelector("input[name=username]"))
                                .isEmpty());
        screenshot(browser, "sent-to-login");
        browser.get(url(PlanView.route(planId)));
        waitUntil(browser, d -> d.getCurrentUrl().contains("/login"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
