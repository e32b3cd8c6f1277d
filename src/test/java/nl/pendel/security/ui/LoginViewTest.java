package nl.pendel.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.time.temporal.ChronoUnit;
import nl.pendel.KaribuTest;
import nl.pendel.security.LoginBlockedTestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Test
    void login_page_is_in_dutch_for_anonymous_visitors() {
        open("login");
        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(((LoginView) currentView()).shownTexts().getForm().getTitle())
                .isEqualTo("Inloggen");
        assertThat(((LoginView) currentView()).shownTexts().getForm().getUsername())
                .isEqualTo("E-mailadres");
    }

    @Test
    void wrong_password_shows_a_dutch_message() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        open("login", "error");
        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(((LoginView) currentView()).shownTexts().getErrorMessage().getTitle())
                .isEqualTo("Inloggen is niet gelukt");
    }

    @Test
    void blocked_sign_in_says_how_long_to_wait() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        LoginBlockedTestAccess.blockedUntil(clock.instant().plus(10, ChronoUnit.MINUTES)));
        open("login", "error");
        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(((LoginView) currentView()).shownTexts().getErrorMessage().getMessage())
                .startsWith("Er is te vaak een verkeerd wachtwoord gebruikt")
                .contains("over 10 minuten");
    }

    @Test
    void a_short_wait_is_said_in_seconds() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        LoginBlockedTestAccess.blockedUntil(clock.instant().plus(45, ChronoUnit.SECONDS)));
        open("login", "error");
        assertThat(((LoginView) currentView()).shownTexts().getErrorMessage().getMessage())
                .contains("Probeer het over 4")
                .contains("seconden opnieuw");
    }

    @Test
    void signed_in_person_opening_the_login_page_goes_home() {
        login("deelnemer@pendel.test");
        open("login");
        assertThat(currentView()).isNotInstanceOf(LoginView.class);
    }
}
