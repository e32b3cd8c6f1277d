package nl.pendel.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import nl.pendel.BrowserTest;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.shared.files.TestDocuments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Materials per meeting in headless Chromium: the trainer uploads a PDF and adds a link to meeting
 * 1; a participant on a phone (390 px) finds both with the session in "Mijn bijeenkomsten" and
 * downloads the PDF. Photographed into {@code target/browser-screenshots/}.
 */
class MaterialsBrowserTest extends BrowserTest {

    @Test
    void the_trainer_uploads_a_pdf_and_adds_a_link_and_a_participant_on_a_phone_sees_and_downloads_them()
            throws Exception {
        CourseFixture fixture = testData.published(4);
        long courseId = fixture.course().id();
        Path pdf = Files.createTempDirectory("materialen").resolve("Sociale kaart Korrewegwijk.pdf");
        byte[] content = TestDocuments.pdf("De sociale kaart van de Korrewegwijk.");
        Files.write(pdf, content);

        WebDriver trainer = browser();
        login(trainer, fixture.trainer().email());
        trainer.get(url("cursussen/" + courseId + "/materialen"));
        WebElement upload =
                waitUntil(trainer, d -> d.findElements(By.cssSelector("vaadin-upload.material-upload")).stream()
                        .findFirst()
                        .orElse(null));
        screenshot(trainer, "materials-empty");
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
        waitUntil(
                trainer, d -> !d.findElements(By.cssSelector("a.material-file")).isEmpty());
        trainer.findElements(By.cssSelector("vaadin-button.material-add-link"))
                .getFirst()
                .click();
        type(trainer, "vaadin-text-field", "Titel", "Literatuurlijst omgevingsgericht werken");
        type(trainer, "vaadin-text-field", "Adres (URL)", "https://wijk.example/literatuur");
        screenshot(trainer, "link-dialog");
        assertThat(seriousAccessibilityViolations(trainer))
                .as("axe, the link's dialog")
                .isEmpty();
        clickButton(trainer, "Opslaan");
        waitUntil(
                trainer, d -> !d.findElements(By.cssSelector("a.material-link")).isEmpty());
        assertThat(trainer.findElement(By.cssSelector("a.material-file")).getText())
                .isEqualTo("Sociale kaart Korrewegwijk.pdf");
        assertThat(trainer.findElement(By.cssSelector("a.material-link")).getAttribute("href"))
                .isEqualTo("https://wijk.example/literatuur");
        screenshot(trainer, "materials-laptop");
        assertThat(seriousAccessibilityViolations(trainer)).as("axe, laptop").isEmpty();

        WebDriver participant = browser();
        participant.manage().window().setSize(new Dimension(390, 844));
        login(participant, fixture.participants().getFirst().email());
        participant.get(url("mijn-sessies"));
        WebElement file =
                waitUntil(participant, d -> d.findElements(By.cssSelector(".session-card a.material-file")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(participant
                        .findElement(By.cssSelector(".session-card a.material-link"))
                        .getText())
                .isEqualTo("Literatuurlijst omgevingsgericht werken");
        scrollTo(participant, file);
        screenshot(participant, "my-sessions-phone");
        assertThat(seriousAccessibilityViolations(participant)).as("axe, phone").isEmpty();
        long overflow = (Long) ((JavascriptExecutor) participant)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);

        String base64 = (String) ((JavascriptExecutor) participant).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                          let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s));
                        });""", file.getAttribute("href"));
        assertThat(Base64.getDecoder().decode(base64)).isEqualTo(content);

        participant.get(url("cursussen/" + courseId + "/materialen"));
        waitUntil(participant, d -> !d.findElements(By.cssSelector("a.material-link"))
                .isEmpty());
        assertThat(participant.findElements(By.cssSelector("vaadin-upload"))).isEmpty();
        screenshot(participant, "materials-phone");
    }
}
