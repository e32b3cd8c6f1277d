package nl.pendel.badinput;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.OwnAccountService;
import nl.pendel.account.PersonSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile page (own register number and password), tried with hostile input (issue 8). */
class ProfileBadInputTest extends KaribuTest {

    private static int inputs;

    @Autowired
    OwnAccountService people;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: profile (register number, password), %d inputs%n", inputs);
    }

    @Test
    void hostile_register_numbers_get_a_dutch_message_and_nothing_is_stored() {
        PersonSummary person = testData.person().create();
        login(person.email());
        open("profiel");
        TextField number = _get(TextField.class, spec -> spec.withLabel("Registratienummer beroepsregister"));
        for (String input : List.of(
                BadInputs.SCRIPT,
                BadInputs.BOLD,
                BadInputs.SQL_DROP,
                BadInputs.SQL_OR,
                BadInputs.EMOJI,
                BadInputs.COMBINING,
                BadInputs.OVERLONG)) {
            inputs++;
            _setValue(number, input);
            _click(_get(Button.class, spec -> spec.withText("Opslaan")));
            assertThat(number.isInvalid()).as("refused: %s", input).isTrue();
            assertThat(number.getErrorMessage())
                    .isEqualTo(
                            input.equals(BadInputs.OVERLONG)
                                    ? BadInputs.dutch("person.error.register-number-too-long", 40)
                                    : BadInputs.dutch("person.error.register-number-invalid"));
            PersonSummary me = people.me();
            assertThat(me.registerNumber()).isNull();
            assertThat(me.version()).isEqualTo(person.version());
        }

        inputs++;
        _setValue(number, BadInputs.ARABIC);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(number.isInvalid()).isFalse();
        assertThat(people.me().registerNumber()).isEqualTo(BadInputs.ARABIC);
        assertThat(number.getValue()).isEqualTo(BadInputs.ARABIC);

        // white space only clears it
        inputs++;
        _setValue(number, BadInputs.WHITESPACE);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(number.isInvalid()).isFalse();
        assertThat(people.me().registerNumber()).isNull();
        assertThat(number.getValue()).isEmpty();
    }

    @Test
    void bad_new_passwords_and_a_hostile_current_password_get_a_dutch_message_and_nothing_changes() {
        PersonSummary person = testData.person().create();
        login(person.email());
        open("profiel");
        record Case(String current, String fresh, String field, String message) {}
        String good = "een-heel-nieuw-wachtwoord";
        for (Case c : List.of(
                new Case(TestData.PASSWORD, BadInputs.WHITESPACE, "Nieuw wachtwoord", dutch("password.error.required")),
                new Case(TestData.PASSWORD, "", "Nieuw wachtwoord", dutch("password.error.required")),
                new Case(TestData.PASSWORD, BadInputs.EMOJI, "Nieuw wachtwoord", dutch("password.error.too-short")),
                new Case(TestData.PASSWORD, BadInputs.OVERLONG, "Nieuw wachtwoord", dutch("password.error.too-long")),
                new Case(BadInputs.SQL_OR, good, "Huidig wachtwoord", dutch("password.error.current-wrong")),
                new Case(BadInputs.SQL_DROP, good, "Huidig wachtwoord", dutch("password.error.current-wrong")),
                new Case(BadInputs.SCRIPT, good, "Huidig wachtwoord", dutch("password.error.current-wrong")),
                new Case(BadInputs.OVERLONG, good, "Huidig wachtwoord", dutch("password.error.current-wrong")))) {
            inputs++;
            _setValue(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord")), c.current());
            _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), c.fresh());
            _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog eens")), c.fresh());
            _click(_get(Button.class, spec -> spec.withText("Wachtwoord wijzigen")));

            PasswordField field = _get(PasswordField.class, spec -> spec.withLabel(c.field()));
            assertThat(field.isInvalid())
                    .as("refused: %s / %s", c.current(), c.fresh())
                    .isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(c.message());
            assertThat(people.me().version()).isEqualTo(person.version());
        }

        // a pass phrase in Arabic with emoji, quotes and HTML is stored exactly: it works afterwards
        inputs++;
        String phrase = BadInputs.ARABIC + " " + BadInputs.EMOJI + " " + BadInputs.SQL_DROP + BadInputs.BOLD;
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord")), TestData.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), phrase);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog eens")), phrase);
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord wijzigen")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord"))
                        .isInvalid())
                .isFalse();
        people.changeOwnPassword(phrase, TestData.PASSWORD);
    }

    private static String dutch(String key) {
        return BadInputs.dutch(key, 12, 128);
    }
}
