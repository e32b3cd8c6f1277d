package nl.pendel.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import nl.pendel.BrowserTest;
import nl.pendel.TestClock;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.demo.DemoTeam;
import nl.pendel.homework.HomeworkService;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * A second course that overlaps the first, in headless Chromium, on a team that is not the
 * demo's: the trainer of a running course makes a second one for the same team (the same
 * participants), plans it on the first course's days, sees who clashes where and when, moves it,
 * publishes it with invitations, records attendance at its first session; a participant of both
 * courses fills in its start self-assessment inside the window and hands in its homework on a
 * phone. Every step is photographed into {@code target/browser-screenshots/}.
 */
class SecondCourseBrowserTest extends BrowserTest {

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    CourseService courses;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Test
    void a_second_course_over_the_same_people_is_planned_around_the_clashes_published_and_followed() throws Exception {
        // a Tuesday: the first course's meeting 1 was last week, meeting 2 is next Tuesday and Wednesday
        clock.setTo(LocalDateTime.of(2027, 1, 12, 9, 0));
        DemoTeam team = DemoTeam.create(context, 700);
        String title = "Verdieping – Laadtest 700";

        WebDriver trainer = browser();
        loginDemo(trainer, team.trainer());
        trainer.get(url("cursussen"));
        clickButton(trainer, "Nieuwe cursus");
        choose(trainer, "vaadin-combo-box", "Programma", "Omgevingsgericht");
        choose(trainer, "vaadin-combo-box", "Team", "Laadtest 700");
        type(trainer, "vaadin-text-field", "Titel", title);
        type(trainer, "vaadin-date-picker", "Begindatum", "12-1-2027\t");
        type(trainer, "vaadin-date-picker", "Einddatum", "31-3-2027\t");
        choose(trainer, "vaadin-combo-box", "Trainer", "Trainer Laadtest 700");
        clickButton(trainer, "Hele team");
        screenshot(trainer, "new-course");
        clickButton(trainer, "Opslaan");
        long course = waitUntil(trainer, d -> courseId(title));

        trainer.get(url("cursussen/" + course + "/subgroepen"));
        clickButton(trainer, "Automatisch samenstellen");
        waitUntil(trainer, d -> shownText(d).contains("Subgroep 4"));

        // on the first course's days: its sessions hold the same trainer and people
        trainer.get(url("cursussen/" + course + "/rooster"));
        type(trainer, "vaadin-date-picker", "Eerste dag bijeenkomst 1", "19-1-2027\t");
        type(trainer, "vaadin-date-picker", "Eerste dag bijeenkomst 2", "9-2-2027\t");
        type(trainer, "vaadin-date-picker", "Eerste dag bijeenkomst 3", "2-3-2027\t");
        type(trainer, "vaadin-text-field", "Locatie", "Buurthuis De Schakel");
        clickButton(trainer, "Rooster maken");
        waitUntil(trainer, d -> shownText(d).contains("dan al in"));
        String clashes = shownText(trainer);
        screenshot(trainer, "clashes-named");
        assertThat(clashes)
                .as("who clashes, where and when")
                .contains("zitten dan al in ‘Omgevingsgericht en preventief werken – Laadtest 700’")
                .contains("Deelnemer 0")
                .contains("di 19 jan 2027")
                .contains("08:30–12:30")
                .contains("Trainer Laadtest 700 geeft dan al")
                .doesNotContain("Er ging iets mis");

        // moved to the Thursdays and Fridays after them: no clash left
        retype(trainer, "Eerste dag bijeenkomst 1", java.time.LocalDate.of(2027, 1, 21));
        retype(trainer, "Eerste dag bijeenkomst 2", java.time.LocalDate.of(2027, 2, 11));
        retype(trainer, "Eerste dag bijeenkomst 3", java.time.LocalDate.of(2027, 3, 4));
        Thread.sleep(300);
        clickButton(trainer, "Rooster maken");
        waitUntil(trainer, d -> shownText(d).contains("geen conflicten"));
        clickButton(trainer, "Rooster opslaan");
        waitUntil(trainer, d -> shownText(d).contains("Het rooster is opgeslagen"));
        screenshot(trainer, "schedule-saved");

        trainer.get(url("cursussen/" + course));
        clickButton(trainer, "Publiceren");
        waitUntil(trainer, d -> shownText(d).contains("krijgen een uitnodiging per mail"));
        assertThat(shownText(trainer)).contains("24 deelnemers en 1 trainer").contains("12 dagdelen");
        screenshot(trainer, "publish-asks-first");
        clickButton(trainer, "Publiceren en uitnodigen");
        waitUntil(trainer, d -> shownText(d).contains("Gepubliceerd:"));
        screenshot(trainer, "published");
        assertThat(status(course)).isEqualTo(CourseStatus.PUBLISHED);
        // every participant gets the invitations of their own subgroup's three sessions, the trainer all twelve
        assertThat(shownText(trainer)).contains("84 uitnodigingen verstuurd aan 25 mensen voor 12 dagdelen");

        // a participant of both courses, on a phone, two days later: the start self-assessment is open
        clock.setTo(LocalDateTime.of(2027, 1, 14, 19, 30));
        String participant = team.participants().getFirst();
        Moment start = SystemAuthentication.runAsAdministrator(
                () -> assessments.moments(course).getFirst());
        assertThat(start.isOpen(clock.today()))
                .as("inside the start moment's own window")
                .isTrue();
        WebDriver phone = browser();
        phone.manage().window().setSize(new Dimension(390, 844));
        loginDemo(phone, participant);
        phone.get(url("mijn-sessies"));
        waitUntil(phone, d -> shownText(d).contains("Buurthuis De Schakel"));
        assertThat(shownText(phone)).contains("Wijkcentrum Laadtest 700");
        screenshot(phone, "both-courses-sessions");

        phone.get(url("zelfevaluatie/" + course + "/" + start.id()));
        fillInSelfAssessment(phone);
        waitUntil(phone, d -> testData.runAs(participant, () -> assessments.mine(course, start.id()))
                .submitted());
        screenshot(phone, "self-assessment-handed-in");

        long meeting1 = SystemAuthentication.runAsAdministrator(
                () -> courses.details(course).meetings().getFirst().id());
        phone.get(url("huiswerk/" + course + "/" + meeting1));
        WebElement text = waitUntil(phone, d -> d.findElements(By.cssSelector("#homework-text textarea")).stream()
                .findFirst()
                .orElse(null));
        scrollTo(phone, text);
        text.sendKeys("Eenzaamheid onder ouderen komt in mijn caseload vaak terug; de buurtkamer kan helpen.");
        waitUntil(phone, d -> shownText(d).contains("Concept bewaard"));
        clickButton(phone, "Inleveren");
        waitUntil(phone, d -> !testData.runAs(participant, () -> myHomework.mine(course, meeting1))
                .submissions()
                .isEmpty());
        screenshot(phone, "homework-handed-in");

        // the first session of the second course: the trainer records who is there
        clock.setTo(LocalDateTime.of(2027, 1, 21, 10, 0));
        trainer.get(url("cursussen/" + course + "/aanwezigheid"));
        markFirstPresent(trainer);
        waitUntil(trainer, d -> SystemAuthentication.runAsAdministrator(() -> attendance.overview(course)).stream()
                .anyMatch(p -> p.meetingsAttended() > 0));
        screenshot(trainer, "attendance");
        assertThat(shownText(trainer)).doesNotContain("Er ging iets mis");
    }

    private Long courseId(String title) {
        return SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(1000)).stream()
                .filter(c -> c.title().equals(title))
                .map(CourseSummary::id)
                .findFirst()
                .orElse(null));
    }

    private CourseStatus status(long course) {
        return SystemAuthentication.runAsAdministrator(
                () -> courses.details(course).summary().status());
    }

    /** Replaces a date field's date by typing over it, and waits until the field holds it. */
    private void retype(WebDriver browser, String label, java.time.LocalDate date) throws InterruptedException {
        WebElement picker = field(browser, "vaadin-date-picker", label);
        WebElement input = picker.findElement(By.cssSelector("input"));
        scrollTo(browser, input);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", input);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys("%d-%d-%d\t".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].opened = false", picker);
        waitUntil(browser, d -> date.toString().equals(picker.getDomProperty("value")));
    }
}
