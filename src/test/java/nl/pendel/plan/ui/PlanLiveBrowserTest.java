package nl.pendel.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.BrowserTest;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two members of a subgroup work on one plan in two real browsers (headless Chromium). What one
 * saves appears in the other's page by server push, without reloading; who is editing a section
 * shows; and a save on a section someone saved in between opens the choice between the two texts.
 */
class PlanLiveBrowserTest extends BrowserTest {

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Test
    void a_save_in_one_browser_appears_in_the_other_and_a_conflicting_save_offers_the_merge() {
        var course = fixtures.published(8);
        var anna = course.member(1, 0);
        var bram = course.member(1, 1);
        long planId = testData.runAs(anna.email(), () -> plans.start(course.id(), null));
        testData.runAs(anna.email(), () -> sections.save(planId, "doelgroep", "Jonge ouders", 0, false));

        WebDriver a = browser();
        WebDriver b = browser();
        login(a, anna.email());
        login(b, bram.email());
        a.get(url(PlanView.route(planId)));
        b.get(url(PlanView.route(planId)));
        waitUntil(a, d -> text(d, "section-doelgroep").contains("Jonge ouders"));
        waitUntil(b, d -> text(d, "section-doelgroep").contains("Jonge ouders"));

        // B starts writing the activity; A sees who is editing it
        click(b, "edit-activiteit");
        waitUntil(a, d -> text(d, "section-activiteit").contains(bram.displayName() + " bewerkt dit nu"));
        screenshot(a, "a-sees-b-editing");

        // A saves the target group; B's page shows it without a reload
        click(a, "edit-doelgroep");
        type(a, "section-doelgroep", " en alleenstaande ouderen");
        click(a, "save-doelgroep");
        waitUntil(
                a,
                d -> text(d, "section-doelgroep").contains("is opgeslagen")
                        || d.getPageSource().contains("is opgeslagen"));
        screenshot(a, "a-saved");
        screenshot(b, "b-after-a-saved");
        waitUntil(b, d -> text(d, "section-doelgroep").contains("Jonge ouders en alleenstaande ouderen"));
        assertThat(text(b, "section-doelgroep"))
                .contains(anna.displayName() + " heeft dit onderdeel zojuist opgeslagen");
        screenshot(b, "b-sees-a-save");

        // A saves the activity while B is still writing it: B's save offers the choice
        click(a, "edit-activiteit");
        type(a, "section-activiteit", "Een budgetcafé op dinsdag");
        click(a, "save-activiteit");
        waitUntil(a, d -> text(d, "section-activiteit").contains("Een budgetcafé op dinsdag"));
        waitUntil(b, d -> text(d, "section-activiteit").contains("terwijl jij schreef"));
        type(b, "section-activiteit", "Een beweeguur in het buurthuis");
        click(b, "save-activiteit");
        WebElement theirs = waitUntil(b, d -> d.findElements(By.id("conflict-theirs")).stream()
                .findFirst()
                .orElse(null));
        assertThat(theirs.getAttribute("value")).isEqualTo("Een budgetcafé op dinsdag");
        assertThat(b.findElement(By.id("conflict-mine")).getAttribute("value"))
                .isEqualTo("Een beweeguur in het buurthuis");
        screenshot(b, "b-gets-the-merge-choice");
        click(b, "conflict-save-merged");
        waitUntil(a, d -> text(d, "section-activiteit").contains("Een beweeguur in het buurthuis"));

        String saved = testData.runAs(anna.email(), () -> plans.plan(planId))
                .section("activiteit")
                .content();
        assertThat(saved).isEqualTo("Een budgetcafé op dinsdag\n\nEen beweeguur in het buurthuis");
        screenshot(a, "a-sees-the-merge");
    }

    @Test
    void after_the_connection_drops_and_returns_the_page_catches_up_and_what_was_typed_is_kept() throws Exception {
        var course = fixtures.published(8);
        var anna = course.member(1, 0);
        var bram = course.member(1, 1);
        long planId = testData.runAs(anna.email(), () -> plans.start(course.id(), null));

        WebDriver a = browser();
        org.openqa.selenium.chrome.ChromeDriver b = (org.openqa.selenium.chrome.ChromeDriver) browser();
        login(a, anna.email());
        login(b, bram.email());
        // keep hold of the page's WebSockets, so the test can cut the push connection
        b.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                        (() => {
                          const Original = window.WebSocket;
                          window.__sockets = [];
                          function Tracked(...args) {
                            const socket = new Original(...args);
                            window.__sockets.push(socket);
                            return socket;
                          }
                          Tracked.prototype = Original.prototype;
                          Tracked.CONNECTING = 0; Tracked.OPEN = 1; Tracked.CLOSING = 2; Tracked.CLOSED = 3;
                          window.WebSocket = Tracked;
                        })();"""));
        a.get(url(PlanView.route(planId)));
        b.get(url(PlanView.route(planId)));
        click(b, "edit-nodig");
        waitUntil(a, d -> text(d, "section-nodig").contains(bram.displayName() + " bewerkt dit nu"));

        b.executeCdpCommand("Network.enable", java.util.Map.of());
        b.executeCdpCommand(
                "Network.emulateNetworkConditions",
                java.util.Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        Object cut = b.executeScript(
                "const open = window.__sockets.filter(s => s.readyState === 1); open.forEach(s => s.close()); return open.length;");
        assertThat(((Number) cut).intValue())
                .as("the push connection was open and is cut")
                .isPositive();
        type(b, "section-nodig", "Vrijwilligers van de voedselbank");
        click(a, "edit-doelgroep");
        type(a, "section-doelgroep", "Alleenstaande ouderen");
        click(a, "save-doelgroep");
        waitUntil(a, d -> text(d, "section-doelgroep").contains("versie 1"));
        Thread.sleep(3000);
        assertThat(text(b, "section-doelgroep")).as("offline: nothing arrives").doesNotContain("Alleenstaande ouderen");
        screenshot(b, "b-offline");

        b.executeCdpCommand(
                "Network.emulateNetworkConditions",
                java.util.Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        new org.openqa.selenium.support.ui.WebDriverWait(b, java.time.Duration.ofSeconds(40))
                .until(d -> text(d, "section-doelgroep").contains("Alleenstaande ouderen"));
        screenshot(b, "b-back-online");
        waitUntil(
                b,
                d -> testData.runAs(bram.email(), () -> plans.plan(planId))
                                .section("nodig")
                                .myDraft()
                        != null);
        assertThat(testData.runAs(bram.email(), () -> plans.plan(planId))
                        .section("nodig")
                        .myDraft()
                        .content())
                .as("what was typed offline reached the server as a draft")
                .isEqualTo("Vrijwilligers van de voedselbank");
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElements(By.id(id)).stream()
                .findFirst()
                .map(e -> e.getDomProperty("textContent"))
                .orElse("");
    }

    private void click(WebDriver browser, String id) {
        WebElement element = waitUntil(browser, d -> d.findElements(By.id(id)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Types at the end of the section's text field, then waits for the value to reach the server. */
    private void type(WebDriver browser, String sectionId, String text) {
        WebElement area =
                waitUntil(
                        browser, d -> d
                                .findElements(
                                        By.cssSelector("#" + sectionId + " vaadin-text-area.section-editor textarea"))
                                .stream()
                                .findFirst()
                                .orElse(null));
        area.sendKeys(org.openqa.selenium.Keys.END, text);
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
