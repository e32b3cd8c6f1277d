package nl.pendel.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import nl.pendel.BrowserTest;
import nl.pendel.TestData.CourseFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The trainer's run sheet in headless Chromium: from the schedule to meeting 1's run sheet, an
 * item changed in its dialog, the PDF downloaded and read back, and the same run sheet on a phone
 * (390 px) as a list that needs no sideways scrolling. Photographed into
 * {@code target/browser-screenshots/}.
 */
class RunSheetBrowserTest extends BrowserTest {

    @Test
    void the_trainer_opens_the_run_sheet_changes_an_item_downloads_the_pdf_and_reads_it_on_a_phone() throws Exception {
        CourseFixture fixture = testData.published(8);
        WebDriver browser = browser();
        login(browser, fixture.trainer().email());
        browser.get(url("cursussen/" + fixture.course().id() + "/rooster"));
        WebElement link = waitUntil(browser, d -> d.findElements(By.cssSelector(".run-sheet-links a")).stream()
                .filter(a -> a.getText().strip().equals("Draaiboek bijeenkomst 1"))
                .findFirst()
                .orElse(null));
        scrollTo(browser, link);
        screenshot(browser, "schedule-with-run-sheet-links");
        link.click();

        waitUntil(
                browser, d -> d.findElements(By.cssSelector(".run-sheet-item")).size() == 8);
        assertThat(browser.findElement(By.cssSelector(".run-sheet-time")).getText())
                .isEqualTo("08:30–08:45");
        screenshot(browser, "run-sheet-laptop");
        assertThat(seriousAccessibilityViolations(browser)).as("axe, laptop").isEmpty();

        browser.findElements(By.cssSelector("vaadin-button.edit-item"))
                .getFirst()
                .click();
        WebElement title = field(browser, "vaadin-text-field", "Onderdeel");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = ''", title);
        type(browser, "vaadin-text-field", "Onderdeel", "Welkom en kennismaking met Myrthe");
        screenshot(browser, "item-dialog");
        assertThat(seriousAccessibilityViolations(browser))
                .as("axe, the item's dialog")
                .isEmpty();
        clickButton(browser, "Opslaan");
        waitUntil(browser, d -> d.findElement(By.cssSelector(".run-sheet-title"))
                .getText()
                .equals("Welkom en kennismaking met Myrthe"));
        screenshot(browser, "item-changed");

        String href = browser.findElement(By.cssSelector("a.run-sheet-pdf")).getAttribute("href");
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                          let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s));
                        });""", href);
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Draaiboek bijeenkomst 1")
                    .contains("Welkom en kennismaking met Myrthe")
                    .contains("08:30–08:45");
        }

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitUntil(
                browser, d -> d.findElements(By.cssSelector(".run-sheet-item")).size() == 8);
        screenshot(browser, "run-sheet-phone");
        assertThat(seriousAccessibilityViolations(browser)).as("axe, phone").isEmpty();
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        scrollTo(
                browser, browser.findElements(By.cssSelector(".run-sheet-item")).get(4));
        screenshot(browser, "run-sheet-phone-further");
    }
}
