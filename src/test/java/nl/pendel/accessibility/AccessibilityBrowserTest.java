package nl.pendel.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.BrowserTest;
import nl.pendel.TestData;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.plan.PlanService;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
                        "meldingen",
                        "cursussen/" + course + "/materialen",
                        "profiel",
                        "privacy"));
        screens.put(
                "trainer@pendel.test",
                List.of(
                        "cursussen",
                        "cursussen/" + course + "/subgroepen",
                        "cursussen/" + course + "/rooster",
                        "cursussen/" + course + "/aanwezigheid",
                        "cursussen/" + course + "/draaiboek/" + meeting2,
                        "cursussen/" + course + "/materialen",
                        "cursussen/" + course + "/huiswerk",
                        "cursussen/" + course + "/zelfevaluatie",
                        "cursussen/" + course + "/plannen",
                        "cursussen/" + course + "/berichten",
                        "cursussen/" + course + "/afronding",
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

    /**
     * The agenda's session links only appear in a week or month with sessions, so the main-screen
     * scan above passes or fails with the day it runs. Here the trainer's own course has sessions
     * in the shown week and month (January 2027), one of them cancelled, also at phone width.
     */
    @Test
    void the_agenda_with_sessions_in_the_week_and_month_shown_has_no_serious_or_critical_accessibility_violations() {
        var fixture = testData.course(4);
        String place = TestData.unique("Wijkcentrum");
        var sessions = testData.schedule(fixture, place);
        testData.cancel(fixture, sessions.getFirst());
        WebDriver browser = browser();
        login(browser, fixture.trainer().email());

        List<String> found = new ArrayList<>();
        Map<String, Dimension> screens = new LinkedHashMap<>();
        screens.put("agenda?weergave=week&datum=2027-01-26", new Dimension(1280, 900));
        screens.put("agenda?weergave=maand&datum=2027-01-01", new Dimension(1280, 900));
        screens.put("agenda?weergave=week&datum=2027-01-27", new Dimension(390, 844));
        for (var screen : screens.entrySet()) {
            browser.manage().window().setSize(screen.getValue());
            browser.get(url(screen.getKey()));
            waitUntil(
                    browser,
                    d -> d.findElements(By.cssSelector("a.agenda-session")).size() == 4);
            pause();
            screenshot(browser, screen.getKey().replaceAll("\\W", "-") + "-" + screen.getValue().width);
            for (String violation : seriousAccessibilityViolations(browser)) {
                found.add("/" + screen.getKey() + " (" + screen.getValue().width + " px): " + violation);
            }
            // what a screen reader says of the links: their text, plus the day and the meeting's title
            assertThat(linkNames(browser))
                    .as("the session links' accessible names on /%s", screen.getKey())
                    .anySatisfy(name -> assertThat(name.replace(" –", "–")) // the month's space after the start
                            .startsWith("dinsdag 26 januari, 13:00–17:00 "
                                    + fixture.course().title() + " Bijeenkomst 1 · Subgroep 2 (")
                            .endsWith(") " + place));
        }
        assertThat(found).isEmpty();
    }

    /** The accessible names Chromium computed for the page's links (its accessibility tree). */
    @SuppressWarnings("unchecked")
    private static List<String> linkNames(WebDriver browser) {
        Map<String, Object> tree = ((org.openqa.selenium.chrome.ChromeDriver) browser)
                .executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> names = new ArrayList<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            Map<String, Object> role = (Map<String, Object>) node.get("role");
            Map<String, Object> name = (Map<String, Object>) node.get("name");
            if (role != null && "link".equals(role.get("value")) && name != null) {
                names.add(String.valueOf(name.get("value")));
            }
        }
        return names;
    }

    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
