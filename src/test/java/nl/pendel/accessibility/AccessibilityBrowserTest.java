package nl.pendel.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.BrowserTest;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.plan.PlanService;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * axe-core on the main screens of every role's journey, in headless Chromium on the demo data:
 * no serious or critical violation may remain. Each screen is photographed into
 * {@code target/browser-screenshots/}.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    CourseService courses;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    PlanService plans;

    @Autowired
    UserDetailsService users;

    @Test
    void the_main_screens_of_every_role_have_no_serious_or_critical_accessibility_violations() {
        long course =
                SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500)).stream()
                        .filter(c -> c.title().endsWith("WIJ-Korrewegwijk"))
                        .map(CourseSummary::id)
                        .findFirst()
                        .orElseThrow());
        var participant = users.loadUserByUsername("deelnemer@pendel.test");
        long meeting2 = SystemAuthentication.runAsAdministrator(
                () -> courses.details(course).meetings().get(1).id());
        long startMoment = SystemAuthentication.runAs(
                participant, () -> assessments.moments(course).getFirst().id());
        long plan = SystemAuthentication.runAs(
                participant, () -> plans.visiblePlans().getFirst().id());

        Map<String, List<String>> screens = new LinkedHashMap<>();
        screens.put(
                "deelnemer@pendel.test",
                List.of(
                        "",
                        "mijn-sessies",
                        "huiswerk",
                        "huiswerk/" + course + "/" + meeting2,
                        "zelfevaluatie",
                        "zelfevaluatie/" + course + "/" + startMoment,
                        "plannen",
                        "plannen/" + plan,
                        "cursussen/" + course,
                        "profiel",
                        "privacy"));
        screens.put(
                "trainer@pendel.test",
                List.of(
                        "cursussen",
                        "cursussen/" + course + "/subgroepen",
                        "cursussen/" + course + "/rooster",
                        "cursussen/" + course + "/aanwezigheid",
                        "cursussen/" + course + "/huiswerk",
                        "cursussen/" + course + "/zelfevaluatie",
                        "cursussen/" + course + "/plannen",
                        "agenda"));
        screens.put(
                "teamleider@pendel.test",
                List.of("cursussen/" + course + "/dashboard", "cursussen/" + course + "/randvoorwaarden", "mijn-team"));
        screens.put(
                "beheerder@pendel.test",
                List.of(
                        "beheer/personen",
                        "beheer/personen/import",
                        "beheer/uitgaande-mail",
                        "beheer/privacy",
                        "programmas"));

        List<String> found = new ArrayList<>();
        int scanned = 0;
        WebDriver anonymous = browser();
        anonymous.get(url("login"));
        waitUntil(anonymous, d -> !d.findElements(By.cssSelector("input[name=username]"))
                .isEmpty());
        scanned++;
        seriousAccessibilityViolations(anonymous).forEach(v -> found.add("login: " + v));
        // the privacy statement, before signing in
        anonymous.get(url("privacy"));
        waitUntil(anonymous, d -> !d.findElements(By.cssSelector(".page")).isEmpty());
        pause();
        screenshot(anonymous, "anoniem-privacy");
        scanned++;
        seriousAccessibilityViolations(anonymous).forEach(v -> found.add("privacy (anonymous): " + v));
        for (var entry : screens.entrySet()) {
            WebDriver browser = browser();
            loginDemo(browser, entry.getKey());
            for (String path : entry.getValue()) {
                browser.get(url(path));
                waitUntil(browser, d -> !d.findElements(By.cssSelector(".page")).isEmpty());
                pause();
                screenshot(browser, entry.getKey().replace("@pendel.test", "") + "-" + path.replace('/', '_'));
                scanned++;
                for (String violation : seriousAccessibilityViolations(browser)) {
                    found.add(entry.getKey() + " /" + path + ": " + violation);
                }
            }
        }
        System.out.printf("axe: %d screens scanned, %d serious or critical violations%n", scanned, found.size());
        assertThat(found)
                .as("serious or critical accessibility violations on %d screens", scanned)
                .isEmpty();
    }

    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
