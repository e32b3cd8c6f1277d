package nl.pendel.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Duration;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone changes their password in one browser (the profile page, in Karibu) while another
 * browser is signed in with the old one (real HTTP): the other session ends at its next request
 * after the recheck, and the page where they changed it stays signed in. A password an
 * administrator sets ends all the person's sessions.
 */
class PasswordChangeEndsOtherSessionsTest extends KaribuTest {

    private static final String NEW_PASSWORD = "een-heel-nieuw-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    PersonService people;

    @Autowired
    OpenPages openPages;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    LoginAttemptLimiter limiter;

    @Value("${pendel.security.session-recheck}")
    Duration recheck;

    @BeforeEach
    void forgetEarlierFailures() {
        limiter.clear();
    }

    @Test
    void changing_the_own_password_ends_the_other_session_and_keeps_this_one() throws Exception {
        var person = testData.person().create();
        HttpBrowser elsewhere = HttpBrowser.signedIn(port, person.email(), TestData.PASSWORD);
        login(person.email());
        open("profiel");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord")), TestData.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), NEW_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog eens")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord wijzigen")));
        Thread.sleep(recheck.toMillis() + 100);

        assertThat(elsewhere.open("/"))
                .as("the other browser is sent to the login page")
                .isEqualTo(302);
        assertThat(elsewhere.location()).endsWith("/login");
        openPages.check();
        assertThat(UI.getCurrent().isClosing()).as("this page stays open").isFalse();
        assertThat(currentUser.requireCurrent().personId()).isEqualTo(person.id());
        open("profiel");
        assertThat(pageText()).contains(person.displayName());
        assertThat(HttpBrowser.signedIn(port, person.email(), NEW_PASSWORD).open("/"))
                .as("the new password signs in")
                .isEqualTo(200);
    }

    @Test
    void a_password_an_administrator_sets_ends_the_persons_open_sessions() throws Exception {
        var person = testData.person().create();
        HttpBrowser browser = HttpBrowser.signedIn(port, person.email(), TestData.PASSWORD);

        PersonDraft draft = PersonDraft.of(person);
        draft.setNewPassword(NEW_PASSWORD);
        testData.runAs("beheerder@pendel.test", () -> people.save(draft));
        Thread.sleep(recheck.toMillis() + 100);

        assertThat(browser.open("/")).isEqualTo(302);
        assertThat(browser.location()).endsWith("/login");
    }
}
