package nl.pendel.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.OwnAccountService;
import nl.pendel.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTest extends KaribuTest {

    @Autowired
    OwnAccountService people;

    @Test
    void person_sees_a_dutch_message_when_the_new_passwords_differ() {
        var person = testData.person().create();
        login(person.email());
        open("profiel");
        assertThat(currentView()).isInstanceOf(ProfileView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord")), TestData.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), "een-heel-nieuw-wachtwoord");
        _setValue(
                _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog eens")), "een-ander-wachtwoord");
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord wijzigen")));

        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog eens"));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");
    }

    @Test
    void wrong_current_password_is_shown_at_the_field() {
        var person = testData.person().create();
        login(person.email());
        open("profiel");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord")), "dit-is-het-niet-hoor");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), "een-heel-nieuw-wachtwoord");
        _setValue(
                _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog eens")),
                "een-heel-nieuw-wachtwoord");
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord wijzigen")));

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord"));
        assertThat(current.getErrorMessage()).isEqualTo("Je huidige wachtwoord klopt niet.");
    }

    @Test
    void choosing_english_stores_the_choice_and_switches_the_language() {
        var person = testData.person().create();
        login(person.email());
        open("profiel");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Locale> language = _get(RadioButtonGroup.class);

        _setValue(language, Locale.ENGLISH);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(testData.runAs(person.email(), () -> people.me()).locale()).isEqualTo("en");
    }

    @Test
    void professional_saves_their_own_register_number_and_a_bad_one_is_refused_at_the_field() {
        var person = testData.person().create();
        login(person.email());
        open("profiel");
        TextField number = _get(TextField.class, spec -> spec.withLabel("Registratienummer beroepsregister"));

        _setValue(number, "=1+1");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage())
                .isEqualTo("Gebruik in het registratienummer alleen letters, cijfers, spaties en - . /");
        assertThat(testData.runAs(person.email(), () -> people.me()).registerNumber())
                .isNull();

        _setValue(number, "SKJ 110012345");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(number.isInvalid()).isFalse();
        assertThat(testData.runAs(person.email(), () -> people.me()).registerNumber())
                .isEqualTo("SKJ 110012345");
    }

    @Test
    void administrator_has_no_register_number_on_their_profile() {
        login("beheerder@pendel.test");
        open("profiel");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Registratienummer beroepsregister")))
                .isEmpty();
    }

    @Test
    void anonymous_visitor_cannot_open_a_profile() {
        open("profiel");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }
}
