package nl.pendel.message;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.BrowserTest;
import nl.pendel.plan.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A trainer writes an announcement to subgroup 1; a member of it, on a phone, sees the bell, opens
 * the announcement and answers; the trainer reads the answer under it. Another subgroup's member
 * sees nothing.
 */
class MessagesBrowserTest extends BrowserTest {

    @Autowired
    PlanFixtures fixtures;

    @Test
    void trainer_announces_to_a_subgroup_a_member_reads_it_on_a_phone_and_replies_and_the_trainer_reads_the_reply()
            throws InterruptedException {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        String page = "cursussen/" + course.id() + "/berichten";

        WebDriver trainer = browser();
        login(trainer, course.trainer().email());
        trainer.get(url(page));
        WebElement subgroupChoice =
                waitUntil(trainer, b -> b.findElements(By.cssSelector("vaadin-radio-button")).stream()
                        .filter(r -> r.getText().equals("Eén subgroep"))
                        .findFirst()
                        .orElse(null));
        subgroupChoice.click();
        WebElement select = field(trainer, "vaadin-select", "Subgroep");
        select.click();
        waitUntil(trainer, b -> b.findElements(By.cssSelector("vaadin-select-item")).stream()
                        .filter(i -> i.getText().equals("Subgroep 1"))
                        .findFirst()
                        .orElse(null))
                .click();
        type(trainer, "vaadin-text-field", "Onderwerp", "Bijeenkomst in zaal 4");
        typeArea(trainer, "Bericht", "Dinsdag zitten we in zaal 4.\nNeem je casus mee.");
        hideDevelopmentTools(trainer);
        screenshot(trainer, "messages-trainer-writes-1280");
        clickButton(trainer, "Versturen");
        waitUntil(trainer, b -> b.findElements(By.cssSelector(".announcement h3")).stream()
                .anyMatch(h -> h.getText().equals("Bijeenkomst in zaal 4")));
        assertThat(shownText(trainer)).contains("aan subgroep 1");
        screenshot(trainer, "messages-trainer-sent-1280");

        WebDriver phone = browser();
        phone.manage().window().setSize(new Dimension(390, 844));
        login(phone, member.email());
        WebElement bell = waitUntil(phone, b -> b.findElements(By.cssSelector("a.bell")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        assertThat(bell.getAttribute("aria-label")).isEqualTo("Meldingen, 1 ongelezen");
        hideDevelopmentTools(phone);
        screenshot(phone, "messages-bell-390");
        bell.click();
        WebElement item = waitUntil(phone, b -> b.findElements(By.cssSelector(".inbox-item.unread")).stream()
                .findFirst()
                .orElse(null));
        assertThat(item.getText())
                .contains("Nieuwe mededeling in " + course.fixture().course().title());
        item.findElement(By.cssSelector("vaadin-button.inbox-open")).click();
        waitUntil(phone, b -> b.getCurrentUrl().endsWith("/" + page));
        waitUntil(phone, b -> b.findElements(By.cssSelector(".announcement")).isEmpty() ? null : true);
        assertThat(shownText(phone))
                .contains("Bijeenkomst in zaal 4")
                .contains("Neem je casus mee.")
                .contains("aan subgroep 1");
        assertThat(phone.findElements(By.cssSelector(".announcement-form"))).isEmpty();
        typeArea(phone, "Je antwoord", "Mag ik een casus uit de wijk meenemen?");
        hideDevelopmentTools(phone);
        screenshot(phone, "messages-participant-reads-390");
        clickButton(phone, "Antwoord versturen");
        waitUntil(phone, b -> shownText(b).contains("Mag ik een casus uit de wijk meenemen?") ? true : null);
        assertThat(pageWiderThanScreen(phone))
                .as("no sideways scrolling at 390 px")
                .isFalse();
        assertThat(seriousAccessibilityViolations(phone)).isEmpty();
        screenshot(phone, "messages-participant-replied-390");

        trainer.get(url(page));
        waitUntil(trainer, b -> shownText(b).contains("Mag ik een casus uit de wijk meenemen?") ? true : null);
        assertThat(shownText(trainer)).contains("Gesprek met " + member.displayName());
        scrollTo(trainer, trainer.findElement(By.cssSelector(".message-thread")));
        hideDevelopmentTools(trainer);
        screenshot(trainer, "messages-trainer-reads-reply-1280");

        WebDriver other = browser();
        login(other, course.member(2, 0).email());
        other.get(url(page));
        waitUntil(other, b -> shownText(b).contains("nog geen mededelingen voor jou") ? true : null);
        assertThat(shownText(other)).doesNotContain("Bijeenkomst in zaal 4");
    }

    private void typeArea(WebDriver browser, String label, String text) throws InterruptedException {
        WebElement area = field(browser, "vaadin-text-area", label).findElement(By.cssSelector("textarea"));
        scrollTo(browser, area);
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", area);
        area.sendKeys(text);
        Thread.sleep(300);
    }

    private static boolean pageWiderThanScreen(WebDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    /** The development mode's own panel covers the navigation bar's corner; production has none. */
    private static void hideDevelopmentTools(WebDriver browser) {
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll('copilot-main, vaadin-dev-tools')"
                        + ".forEach(e => e.style.display = 'none')");
    }
}
