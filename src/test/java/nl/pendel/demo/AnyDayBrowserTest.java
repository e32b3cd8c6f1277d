package nl.pendel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pendel.BrowserTest;
import nl.pendel.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The main screens of a trainer, a participant and a lead, in headless Chromium with axe-core, on
 * the days of {@link AnyDayTest}: on a course that is not the demo's, made relative to that day.
 * No serious or critical accessibility violation and no error may show on any of them (and a
 * course's tabs stay one row, also on a phone), whatever the day holds (sessions in the agenda's week, a weekend, the year end, a public holiday). The
 * Tuesday with sessions is also walked at a phone's width. Screenshots go to
 * {@code target/browser-screenshots/}.
 */
class AnyDayBrowserTest extends BrowserTest {

    private static final AtomicInteger TEAMS = new AtomicInteger(950);

    private static final Dimension LAPTOP = new Dimension(1280, 900);

    private static final Dimension PHONE = new Dimension(390, 844);

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    static java.util.stream.Stream<AnyDayTest.Day> days() {
        return AnyDayTest.days();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void the_main_screens_are_accessible_and_without_errors_on(AnyDayTest.Day day) {
        clock.setTo(day.made());
        DemoTeam team = DemoTeam.create(context, TEAMS.incrementAndGet());
        clock.setTo(day.walks().getFirst());
        List<Dimension> widths = day.name().startsWith("a Tuesday") ? List.of(LAPTOP, PHONE) : List.of(LAPTOP);
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (Dimension width : widths) {
            for (var visitor : screens(team).entrySet()) {
                WebDriver browser = browser();
                browser.manage().window().setSize(width);
                loginDemo(browser, visitor.getKey());
                for (String path : visitor.getValue()) {
                    browser.get(url(path));
                    waitUntil(browser, d -> !d.findElements(By.cssSelector(".page"))
                            .isEmpty());
                    pause();
                    String who = visitor.getKey().replaceAll("laadtest\\d+\\.|@pendel.test", "");
                    screenshot(
                            browser,
                            "%s-%s-%s-%s"
                                    .formatted(
                                            day.walks().getFirst().toLocalDate(),
                                            width.width,
                                            who,
                                            path.replaceAll("\\d+", "n").replace('/', '_')));
                    scanned++;
                    String shown = shownText(browser);
                    if (shown.contains("Er ging iets mis")) {
                        found.add("%s /%s at %dpx: \"Er ging iets mis\"".formatted(who, path, width.width));
                    }
                    Object tabRows = ((org.openqa.selenium.JavascriptExecutor) browser)
                            .executeScript(
                                    "const t = document.querySelector('.course-tabs'); return t ? Math.round(t.offsetHeight / t.querySelector('.course-tab').offsetHeight) : 1;");
                    if (((Number) tabRows).intValue() > 1) {
                        found.add("%s /%s at %dpx: the course's tabs take %s rows"
                                .formatted(who, path, width.width, tabRows));
                    }
                    for (String violation : seriousAccessibilityViolations(browser)) {
                        found.add("%s /%s at %dpx: %s".formatted(who, path, width.width, violation));
                    }
                }
            }
        }
        System.out.printf(
                "any day in the browser: %s at %s: %d screens, %d problems%n",
                day, day.walks().getFirst(), scanned, found.size());
        assertThat(scanned).isGreaterThan(15);
        assertThat(found).as("problems on %s", day).isEmpty();
    }

    private static Map<String, List<String>> screens(DemoTeam team) {
        long course = team.courseId();
        Map<String, String> ids = team.ids();
        Map<String, List<String>> screens = new LinkedHashMap<>();
        screens.put(
                team.trainer(),
                List.of(
                        "",
                        "agenda",
                        "cursussen/" + course,
                        "cursussen/" + course + "/rooster",
                        "cursussen/" + course + "/aanwezigheid",
                        "cursussen/" + course + "/huiswerk",
                        "cursussen/" + course + "/huiswerk/" + ids.get("meetingId") + "/briefing/"
                                + ids.get("subgroup"),
                        "cursussen/" + course + "/zelfevaluatie"));
        screens.put(
                team.participants().getFirst(),
                List.of(
                        "",
                        "mijn-sessies",
                        "huiswerk",
                        "huiswerk/" + course + "/" + ids.get("meetingId"),
                        "zelfevaluatie",
                        "zelfevaluatie/" + course + "/" + ids.get("momentId"),
                        "plannen/" + ids.get("planId"),
                        "meldingen"));
        screens.put(
                team.lead(),
                List.of(
                        "",
                        "mijn-team",
                        "cursussen/" + course + "/dashboard",
                        "cursussen/" + course + "/aanwezigheid"));
        return screens;
    }

    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
