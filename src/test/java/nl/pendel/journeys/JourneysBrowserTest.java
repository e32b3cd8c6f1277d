package nl.pendel.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.pendel.BrowserTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Journeys as people make them, in headless Chromium against the running application: the team
 * lead reads the dashboard and downloads it; the administrator imports people from a CSV file with
 * an error row. Every step is photographed into {@code target/browser-screenshots/}.
 */
class JourneysBrowserTest extends BrowserTest {

    @Autowired
    CourseService courses;

    @Autowired
    PersonService people;

    @Autowired
    nl.pendel.plan.PlanFixtures plansFixtures;

    @Autowired
    nl.pendel.assessment.SelfAssessmentService assessments;

    @Autowired
    nl.pendel.subgroup.SubgroupService subgroups;

    @Autowired
    nl.pendel.schedule.ScheduleService schedule;

    @Autowired
    nl.pendel.attendance.AttendanceService attendance;

    @Autowired
    nl.pendel.homework.HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void the_team_lead_reads_the_dashboard_and_downloads_it_for_excel() throws Exception {
        long course =
                SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500)).stream()
                        .filter(c -> c.title().endsWith("WIJ-Korrewegwijk"))
                        .map(CourseSummary::id)
                        .findFirst()
                        .orElseThrow());
        WebDriver lead = browser();
        loginDemo(lead, "teamleider@pendel.test");
        lead.get(url("cursussen/" + course + "/dashboard"));
        WebElement csv = waitUntil(
                lead,
                d -> d.findElements(By.id("dashboard-csv")).stream().findFirst().orElse(null));
        assertThat(lead.getPageSource())
                .contains("Preventief (1 en 4)")
                .contains("Randvoorwaarden: het team en de teamleider");
        screenshot(lead, "dashboard");

        HttpResponse<byte[]> download = fetch(lead, csv.getDomAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] body = download.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("Begin van de cursus").contains(";");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains(".csv");
    }

    @Test
    void the_administrator_imports_people_and_sees_the_row_with_a_problem_left_out() throws Exception {
        String good = TestData.unique("goed") + "@voorbeeld.nl";
        // a team of its own, so the demo team stays as the other tests expect it
        String team = testData.team().name();
        Path file = Files.createTempFile("personen", ".csv");
        Files.writeString(
                file,
                "naam;e-mail;discipline;team\n"
                        + "Noor Visser;" + good + ";maatschappelijk werker;" + team + "\n"
                        + "Zonder Adres;geen-adres;jongerenwerker;" + team + "\n",
                StandardCharsets.UTF_8);

        WebDriver admin = browser();
        loginDemo(admin, "beheerder@pendel.test");
        admin.get(url("beheer/personen/import"));
        WebElement upload = waitUntil(admin, d -> d.findElements(By.cssSelector("vaadin-upload")).stream()
                .findFirst()
                .orElse(null));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        waitUntil(admin, d -> d.findElements(By.cssSelector("vaadin-grid")).stream()
                .anyMatch(g -> String.valueOf(g.getDomProperty("textContent"))
                        .contains("geen-adres is geen geldig e-mailadres")));
        screenshot(admin, "preview-with-a-problem");
        WebElement confirm = waitUntil(admin, d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().equals("1 persoon importeren"))
                .findFirst()
                .orElse(null));
        confirm.click();
        waitUntil(admin, d -> shownText(d).contains("1 persoon geïmporteerd"));
        screenshot(admin, "imported");

        assertThat(SystemAuthentication.runAsAdministrator(() -> people.search(good, null, Pageable.ofSize(5))))
                .hasSize(1);
        assertThat(SystemAuthentication.runAsAdministrator(
                        () -> people.search("Zonder Adres", null, Pageable.ofSize(5))))
                .as("the row with a problem is not imported")
                .isEmpty();
    }

    @Test
    void the_trainer_creates_a_course_composes_subgroups_plans_publishes_records_attendance_and_replies()
            throws Exception {
        String title = TestData.unique("Reis door de wijk");
        // a team of its own with eight professionals of several disciplines, so the demo stays untouched
        var team = testData.team();
        var disciplines = nl.pendel.account.Discipline.values();
        java.util.List<nl.pendel.account.PersonSummary> members = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(testData.person()
                    .team(team.id())
                    .discipline(disciplines[i % disciplines.length])
                    .create());
        }
        WebDriver trainer = browser();
        loginDemo(trainer, "trainer@pendel.test");
        trainer.get(url("cursussen"));
        clickButton(trainer, "Nieuwe cursus");
        choose(trainer, "vaadin-combo-box", "Programma", "Omgevingsgericht");
        choose(trainer, "vaadin-combo-box", "Team", team.name());
        type(trainer, "vaadin-text-field", "Titel", title);
        type(trainer, "vaadin-date-picker", "Begindatum", "11-1-2027\t");
        type(trainer, "vaadin-date-picker", "Einddatum", "31-3-2027\t");
        choose(trainer, "vaadin-combo-box", "Trainer", "Joost");
        clickButton(trainer, "Hele team");
        screenshot(trainer, "new-course");
        clickButton(trainer, "Opslaan");
        long course = waitUntil(
                trainer,
                d -> SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(500)).stream()
                        .filter(c -> c.title().equals(title))
                        .map(CourseSummary::id)
                        .findFirst()
                        .orElse(null)));

        trainer.get(url("cursussen/" + course + "/subgroepen"));
        clickButton(trainer, "Automatisch samenstellen");
        waitUntil(
                trainer,
                d -> SystemAuthentication.runAsAdministrator(
                                () -> subgroups.ofCourse(course).size())
                        > 0);
        screenshot(trainer, "subgroups");

        trainer.get(url("cursussen/" + course + "/rooster"));
        type(trainer, "vaadin-date-picker", "Eerste dag bijeenkomst 1", "26-1-2027\t");
        type(trainer, "vaadin-date-picker", "Eerste dag bijeenkomst 2", "9-2-2027\t");
        type(trainer, "vaadin-date-picker", "Eerste dag bijeenkomst 3", "2-3-2027\t");
        type(trainer, "vaadin-text-field", "Locatie", "Buurtcentrum De Kooi");
        clickButton(trainer, "Rooster maken");
        clickButton(trainer, "Rooster opslaan");
        waitUntil(trainer, d -> !SystemAuthentication.runAsAdministrator(() -> schedule.sessions(course))
                .isEmpty());
        screenshot(trainer, "schedule");

        trainer.get(url("cursussen/" + course));
        clickButton(trainer, "Publiceren");
        waitUntil(trainer, d -> d.findElements(By.tagName("vaadin-button")).stream()
                .anyMatch(b -> b.getText().strip().equals("Publiceren en uitnodigen") && b.isDisplayed()));
        screenshot(trainer, "publish-confirmation");
        clickButton(trainer, "Publiceren en uitnodigen");
        waitUntil(
                trainer,
                d -> SystemAuthentication.runAsAdministrator(
                                () -> courses.details(course).summary().status())
                        == CourseStatus.PUBLISHED);

        trainer.get(url("cursussen/" + course + "/aanwezigheid"));
        markFirstPresent(trainer);
        waitUntil(trainer, d -> SystemAuthentication.runAsAdministrator(() -> attendance.overview(course)).stream()
                .anyMatch(p -> p.meetingsAttended() > 0));
        screenshot(trainer, "attendance");

        long meeting1 = SystemAuthentication.runAsAdministrator(
                () -> courses.details(course).meetings().getFirst().id());
        var writer = users.loadUserByUsername(members.getFirst().email());
        SystemAuthentication.runAs(writer, () -> {
            var draft = homework.saveDraft(course, meeting1, "Eenzaamheid komt in mijn caseload veel voor.", 0);
            return homework.submit(course, meeting1, draft.version(), false);
        });
        trainer.get(url("cursussen/" + course + "/huiswerk"));
        clickButton(trainer, "Lezen");
        WebElement feedback =
                waitUntil(trainer, d -> d.findElements(By.cssSelector("#homework-feedback textarea")).stream()
                        .findFirst()
                        .orElse(null));
        feedback.sendKeys("Mooi beschreven. Welke partners zie je?");
        Thread.sleep(800);
        trainer.findElement(By.id("homework-feedback-send")).click();
        waitUntil(trainer, d -> !SystemAuthentication.runAs(writer, () -> myHomework.mine(course, meeting1))
                .submissions()
                .getFirst()
                .feedback()
                .isEmpty());
        screenshot(trainer, "feedback");
    }

    @Test
    void a_professional_hands_in_homework_with_an_attachment_past_the_privacy_warning_and_fills_in_a_self_assessment()
            throws Exception {
        var course = plansFixtures.published(8);
        var member = course.member(1, 0);
        long courseId = course.id();
        long meeting1 = SystemAuthentication.runAsAdministrator(
                () -> courses.details(courseId).meetings().getFirst().id());
        var start = testData.openMomentToday(course.trainer().email(), courseId, 0);
        Path picture = Files.createTempFile("kaart", ".png");
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", picture.toFile());

        WebDriver browser = browser();
        login(browser, member.email());
        browser.get(url("mijn-sessies"));
        waitUntil(browser, d -> d.getPageSource().contains("Buurthuis"));
        screenshot(browser, "my-sessions");

        browser.get(url("huiswerk/" + courseId + "/" + meeting1));
        WebElement text = waitUntil(browser, d -> d.findElements(By.cssSelector("#homework-text textarea")).stream()
                .findFirst()
                .orElse(null));
        text.sendKeys("Een moeder belde me op 06-12345678 over de schulden van het gezin.");
        waitUntil(browser, d -> d.findElements(By.cssSelector(".privacy-findings.callout-warning")).stream()
                .anyMatch(WebElement::isDisplayed));
        screenshot(browser, "privacy-warning");
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(picture.toString());
        waitUntil(browser, d -> d.getPageSource().contains(picture.getFileName().toString()));
        Thread.sleep(1500);
        clickButton(browser, "Inleveren");
        clickButton(browser, "Gecontroleerd, toch inleveren");
        waitUntil(browser, d -> !testData.runAs(member.email(), () -> myHomework.mine(courseId, meeting1))
                .submissions()
                .isEmpty());
        var handedIn = testData.runAs(member.email(), () -> myHomework.mine(courseId, meeting1))
                .submissions()
                .getFirst();
        assertThat(handedIn.files()).hasSize(1);
        screenshot(browser, "handed-in");

        browser.get(url("zelfevaluatie/" + courseId + "/" + start.id()));
        fillInSelfAssessment(browser);
        waitUntil(browser, d -> testData.runAs(member.email(), () -> assessments.mine(courseId, start.id()))
                .submitted());
        screenshot(browser, "self-assessment-handed-in");
    }

    private HttpResponse<byte[]> fetch(WebDriver browser, String href) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map((Cookie c) -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI address = URI.create(url("")).resolve(href);
        HttpRequest request =
                HttpRequest.newBuilder(address).header("Cookie", cookies).GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
