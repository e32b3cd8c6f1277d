package nl.pendel.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The course evaluation journey (issue 19 item 6): at the last meeting three participants fill it
 * in on a phone; with two answers the trainer sees only that there are too few; with three the
 * figures and texts.
 */
class EvaluationBrowserTest extends BrowserTest {

    @Autowired
    EvaluationFixture fixtures;

    @Test
    void three_participants_evaluate_on_a_phone_and_the_trainer_reads_it_from_the_third() throws Exception {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 30);
        String title = course.fixture().course().title();

        answerOnAPhone(course.participant(0), course.id(), title, 4, "De wijkwandeling met de opbouwwerker", true);
        answerOnAPhone(course.participant(1), course.id(), title, 5, "Samen een plan maken", false);

        WebDriver laptop = browser();
        login(laptop, course.trainer());
        laptop.get(url("cursussen/" + course.id() + "/evaluatie"));
        waitUntil(laptop, d -> shownText(d).contains("Nog te weinig antwoorden om te tonen (2 van minimaal 3)."));
        assertThat(shownText(laptop)).doesNotContain("De wijkwandeling").doesNotContain("gemiddeld");
        screenshot(laptop, "trainer-sees-too-few-answers");

        answerOnAPhone(course.participant(2), course.id(), title, 3, "Meer tijd voor casuïstiek", false);

        laptop.get(url("cursussen/" + course.id() + "/evaluatie"));
        waitUntil(laptop, d -> shownText(d).contains("3 deelnemers vulden de evaluatie in."));
        assertThat(shownText(laptop))
                .contains("Welk cijfer geef ik de cursus als geheel? — gemiddeld 4,0 (3 antwoorden)")
                .contains("De wijkwandeling met de opbouwwerker")
                .contains("Meer tijd voor casuïstiek")
                .doesNotContain(course.participants().getFirst().displayName());
        screenshot(laptop, "trainer-reads-the-evaluation");
        assertThat(seriousAccessibilityViolations(laptop))
                .as("axe on the results")
                .isEmpty();

        WebDriver trainerPhone = browser();
        trainerPhone.manage().window().setSize(new Dimension(390, 844));
        login(trainerPhone, course.trainer());
        trainerPhone.get(url("cursussen/" + course.id() + "/evaluatie"));
        waitUntil(trainerPhone, d -> shownText(d).contains("3 deelnemers vulden de evaluatie in."));
        screenshot(trainerPhone, "trainer-reads-the-evaluation-on-a-phone");
    }

    private void answerOnAPhone(
            String who, long courseId, String title, int rating, String valuable, boolean screenshots)
            throws InterruptedException {
        WebDriver phone = browser();
        phone.manage().window().setSize(new Dimension(390, 844));
        login(phone, who);
        phone.get(url("mijn-sessies"));
        WebElement link =
                waitUntil(phone, d -> d.findElements(By.linkText("Vul de evaluatie van " + title + " in")).stream()
                        .findFirst()
                        .orElse(null));
        if (screenshots) {
            screenshot(phone, "my-sessions-with-the-evaluation-link");
        }
        assertThat(link.getDomAttribute("href")).isEqualTo("evaluatie/" + courseId);
        scrollTo(phone, link);
        // at the top of the page; the development tools' overlay may lie over it in a test run
        ((JavascriptExecutor) phone).executeScript("arguments[0].click()", link);
        waitUntil(phone, d -> shownText(d).contains("Welk cijfer geef ik de cursus als geheel?"));
        if (screenshots) {
            screenshot(phone, "evaluation-form");
            assertThat(seriousAccessibilityViolations(phone))
                    .as("axe on the form at 390 px")
                    .isEmpty();
        }
        for (String label : new String[] {
            "Ik kan beter pendelen tussen individueel werk en preventief, collectief en omgevingsgericht werken.",
            "Ik werk beter samen met collega's uit andere disciplines in het WIJ-team.",
            "Welk cijfer geef ik de cursus als geheel?"
        }) {
            rate(phone, label, rating);
        }
        WebElement area = (WebElement) ((JavascriptExecutor) phone)
                .executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-text-area')).find(e => e.label === arguments[0]);",
                        "Wat was voor mij het waardevolste onderdeel?");
        WebElement input = area.findElement(By.cssSelector("textarea"));
        scrollTo(phone, input);
        input.click();
        input.sendKeys(valuable);
        Thread.sleep(300);
        clickButton(phone, "Versturen");
        waitUntil(phone, d -> shownText(d).contains("Je hebt de evaluatie van deze cursus ingevuld."));
        if (screenshots) {
            screenshot(phone, "evaluation-sent");
        }
        phone.quit();
    }

    private static void rate(WebDriver browser, String label, int rating) throws InterruptedException {
        WebElement group = (WebElement) ((JavascriptExecutor) browser)
                .executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-radio-group')).find(e => e.label === arguments[0]);",
                        label);
        WebElement button = group.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().strip().equals(Integer.toString(rating)))
                .findFirst()
                .orElseThrow();
        scrollTo(browser, button);
        button.click();
        Thread.sleep(200);
    }
}
