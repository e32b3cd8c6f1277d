package nl.pendel.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.pendel.BrowserTest;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Completion and certificates (issue 19, item 5): the trainer sees who completed and issues the
 * certificates in one go after confirming; a participant on a phone opens their own completion
 * and downloads their certificate, read back as a PDF.
 */
class CompletionBrowserTest extends BrowserTest {

    @Autowired
    CompletionFixtures fixtures;

    @Test
    void the_trainer_issues_certificates_and_the_participant_downloads_theirs_on_a_phone() throws Exception {
        CourseFixture course = fixtures.course(4);
        PersonSummary done = course.participants().getFirst();
        fixtures.complete(course, done, 3);
        String page = "cursussen/" + course.course().id() + "/afronding";

        WebDriver laptop = browser();
        login(laptop, course.trainer().email());
        laptop.get(url(page));
        waitUntil(laptop, d -> shownText(d).contains("Certificaten uitgeven (1)"));
        assertThat(shownText(laptop)).contains("Afgerond").contains("Nog niet afgerond");
        screenshot(laptop, "completion-trainer");
        assertThat(seriousAccessibilityViolations(laptop))
                .as("axe on the completion screen")
                .isEmpty();
        clickButton(laptop, "Certificaten uitgeven (1)");
        waitUntil(
                laptop, d -> shownText(d).contains("1 deelnemer die de cursus heeft afgerond krijgt een certificaat"));
        screenshot(laptop, "completion-confirm-issue");
        clickButton(laptop, "Uitgeven");
        waitUntil(laptop, d -> shownText(d).contains("Certificaat uitgegeven, registratienummer PENDEL-"));
        assertThat(shownText(laptop)).contains("Certificaten uitgeven (0)");
        screenshot(laptop, "completion-issued");

        WebDriver phone = browser();
        phone.manage().window().setSize(new Dimension(390, 844));
        login(phone, done.email());
        phone.get(url(page));
        WebElement download = waitUntil(phone, d -> d.findElements(By.cssSelector("a.certificate-download")).stream()
                .findFirst()
                .orElse(null));
        scrollTo(phone, download);
        screenshot(phone, "completion-participant-phone");
        assertThat(seriousAccessibilityViolations(phone)).as("axe at 390 px").isEmpty();
        assertThat(shownText(phone))
                .contains(done.displayName())
                .doesNotContain(course.participants().get(1).displayName());

        Cookie session = phone.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(download.getDomProperty("href")))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(done.displayName())
                    .contains(course.course().title())
                    .contains("Registratienummer: PENDEL-")
                    .contains("Aantal uren bijgewoond: 12,0");
        }
    }
}
