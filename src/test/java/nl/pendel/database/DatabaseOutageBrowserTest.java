package nl.pendel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.pendel.BrowserTest;
import nl.pendel.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application while its MariaDB is stopped and started again, as people in browsers meet
 * it: a save, a sign-in and opening a screen each read the Dutch "probeer het over een minuut
 * opnieuw" (no error page, no stack trace); what was typed stays in the form; after the restart the
 * same application (no restart of its own) saves, signs in and shows the screen, and every save
 * that was confirmed is there once.
 */
class DatabaseOutageBrowserTest extends BrowserTest {

    private static final String TRY_AGAIN = "probeer het over een minuut opnieuw";

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    JdbcClient jdbc;

    @Test
    void while_the_database_is_away_people_read_try_again_and_afterwards_carry_on_with_nothing_lost() throws Exception {
        String before = TestData.unique("Voor de storing");
        String during = TestData.unique("Tijdens de storing");

        WebDriver admin = browser();
        loginDemo(admin, "beheerder@pendel.test");
        WebDriver trainer = browser();
        loginDemo(trainer, "trainer@pendel.test");
        WebDriver colleague = browser();
        colleague.get(url("login"));

        admin.get(url("beheer/organisaties"));
        addOrganisation(admin, before);
        waitUntil(admin, d -> d.findElements(By.tagName("vaadin-dialog")).isEmpty());
        screenshot(admin, "saved-before");

        database.stop();
        try {
            addOrganisation(admin, during);
            waitLong(admin, d -> shownText(d).contains(TRY_AGAIN));
            screenshot(admin, "save-while-away");
            assertThat(field(admin, "vaadin-text-field", "Naam").getDomProperty("value"))
                    .as("what was typed stays in the open form")
                    .isEqualTo(during);

            colleague.findElement(By.cssSelector("input[name=username]")).sendKeys("trainer@pendel.test");
            colleague.findElement(By.cssSelector("input[name=password]")).sendKeys("welkom-in-pendel\n");
            waitLong(colleague, d -> shownText(d).contains(TRY_AGAIN));
            assertThat(shownText(colleague)).contains("Even geen verbinding");
            screenshot(colleague, "sign-in-while-away");

            trainer.get(url("cursussen"));
            waitLong(trainer, d -> shownText(d).contains(TRY_AGAIN));
            screenshot(trainer, "screen-while-away");
            assertThat(seriousAccessibilityViolations(trainer))
                    .as("the error page passes axe")
                    .isEmpty();
            for (WebDriver browser : new WebDriver[] {admin, colleague, trainer}) {
                assertThat(shownText(browser))
                        .as("no error page or stack trace")
                        .doesNotContain("Exception", "at nl.pendel", "at com.vaadin", "Whitelabel");
            }
        } finally {
            database.start();
        }

        // the same form, saved again until the database answers (the pool reconnects by itself)
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!admin.findElements(By.tagName("vaadin-dialog")).isEmpty()) {
            assertThat(Instant.now())
                    .as("the application recovers without a restart")
                    .isBefore(until);
            try {
                clickButton(admin, "Opslaan");
            } catch (StaleElementReferenceException | TimeoutException closedMeanwhile) {
                // the previous save went through while we looked for the button: the loop sees the dialog gone
            }
            Thread.sleep(1500);
        }
        // the grid is lazy and other tests add organisations, so the row may be out of view: the database says it
        waitLong(admin, d -> organisationsNamed(before, during).contains(during));
        screenshot(admin, "saved-after");

        login(colleague, "trainer@pendel.test", "welkom-in-pendel");
        assertThat(colleague.getCurrentUrl()).doesNotContain("login");

        trainer.findElement(By.linkText("Probeer het opnieuw")).click();
        waitLong(
                trainer,
                d -> !shownText(d).contains(TRY_AGAIN)
                        && !d.findElements(By.tagName("vaadin-grid")).isEmpty());
        screenshot(trainer, "screen-after");

        assertThat(organisationsNamed(before, during))
                .as("every confirmed save there once; the refused one stored only when saved again")
                .containsExactly(before, during);
    }

    private List<String> organisationsNamed(String... names) {
        return jdbc.sql("select name from organisation where name in (:names) order by id")
                .param("names", List.of(names))
                .query(String.class)
                .list();
    }

    private void addOrganisation(WebDriver admin, String name) throws InterruptedException {
        clickButton(admin, "Organisatie toevoegen");
        type(admin, "vaadin-text-field", "Naam", name);
        clickButton(admin, "Opslaan");
    }

    /** Long enough for the pool to give up on a stopped database (five seconds) and answer. */
    private static <T> T waitLong(WebDriver browser, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(40)).until(condition::apply);
    }
}
