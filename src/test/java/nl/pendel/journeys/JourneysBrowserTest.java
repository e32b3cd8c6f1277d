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
        Path file = Files.createTempFile("personen", ".csv");
        Files.writeString(
                file,
                "naam;e-mail;discipline;team\n"
                        + "Noor Visser;" + good + ";maatschappelijk werker;WIJ Korrewegwijk\n"
                        + "Zonder Adres;geen-adres;jongerenwerker;WIJ Korrewegwijk\n",
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
        waitUntil(admin, d -> String.valueOf(
                        ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript(
                                        "return document.body.innerText + Array.from(document.querySelectorAll('vaadin-notification-card')).map(c => c.textContent).join(' ')"))
                .contains("1 persoon geïmporteerd"));
        screenshot(admin, "imported");

        assertThat(SystemAuthentication.runAsAdministrator(() -> people.search(good, null, Pageable.ofSize(5))))
                .hasSize(1);
        assertThat(SystemAuthentication.runAsAdministrator(
                        () -> people.search("Zonder Adres", null, Pageable.ofSize(5))))
                .as("the row with a problem is not imported")
                .isEmpty();
    }

    /** Fetches a download of the page with the browser's own session, as a click would. */
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
