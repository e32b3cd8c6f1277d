package nl.pendel.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pendel.ApplicationRoutes;
import nl.pendel.BrowserTest;
import nl.pendel.TestClock;
import nl.pendel.security.AccessMatrixTest;
import nl.pendel.security.AccessMatrixTest.Who;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every route a trainer, a participant and a lead of a course that is not the demo's may open
 * (on a day with a session, with a second course over the same people), in Chromium at a laptop's
 * and a phone's width: no serious or critical axe-core violation and no "Er ging iets mis" on any
 * of them. Each screen is photographed into {@code target/browser-screenshots/} to be looked at.
 */
class EveryScreenBrowserTest extends BrowserTest {

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void every_screen_of_every_role_is_accessible_at_laptop_and_phone_width() {
        clock.setTo(LocalDateTime.of(2027, 1, 12, 9, 0));
        DemoTeam team = DemoTeam.create(context, 600);
        SecondCourse.publish(context, team);
        clock.setTo(LocalDateTime.of(2027, 1, 19, 10, 30));
        Map<Who, String> visitors = Map.of(
                Who.TRAINER,
                team.trainer(),
                Who.PARTICIPANT,
                team.participants().getFirst(),
                Who.TEAM_LEAD,
                team.lead());
        List<String> findings = new ArrayList<>();
        int screens = 0;
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            for (Who who : List.of(Who.TRAINER, Who.PARTICIPANT, Who.TEAM_LEAD)) {
                WebDriver browser = browser();
                browser.manage().window().setSize(size);
                loginDemo(browser, visitors.get(who));
                for (String template : AccessMatrixTest.EXPECTED.keySet()) {
                    if (!AccessMatrixTest.EXPECTED.get(template).contains(who) || template.equals("login")) {
                        continue;
                    }
                    String path = ApplicationRoutes.fill(template, team.ids());
                    browser.get(url(path));
                    waitUntil(browser, d -> !d.findElements(By.cssSelector(".page"))
                            .isEmpty());
                    try {
                        Thread.sleep(700);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    String name = "%d-%s-%s"
                            .formatted(
                                    size.width,
                                    who.name().toLowerCase(),
                                    template.replaceAll(":", "").replace('/', '_'));
                    screenshot(browser, name);
                    screens++;
                    if (shownText(browser).contains("Er ging iets mis")) {
                        findings.add(name + ": Er ging iets mis");
                    }
                    seriousAccessibilityViolations(browser).forEach(v -> findings.add(name + ": " + v));
                }
            }
        }
        System.out.printf("every screen: %d screens, %d findings%n", screens, findings.size());
        org.assertj.core.api.Assertions.assertThat(screens).isGreaterThan(100);
        org.assertj.core.api.Assertions.assertThat(findings).isEmpty();
    }
}
