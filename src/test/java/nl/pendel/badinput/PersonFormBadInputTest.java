package nl.pendel.badinput;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The administrator's person form, tried with hostile input (issue 8). */
class PersonFormBadInputTest extends KaribuTest {

    private static int inputs;

    @Autowired
    PersonService people;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: person form, %d inputs%n", inputs);
    }

    @Test
    void hostile_names_are_stored_exactly_and_shown_back_as_text() {
        login("beheerder@pendel.test");
        open("beheer/personen");
        for (String name : BadInputs.ACCEPTED_TEXTS) {
            inputs++;
            String email = TestData.unique("badname") + "@pendel.test";
            Dialog dialog = openNewPerson();
            fill(dialog, name, email);
            save(dialog);
            assertThat(dialog.isOpened()).as("saved: %s", name).isFalse();

            PersonSummary stored = stored(email).orElseThrow();
            assertThat(stored.displayName()).isEqualTo(name);

            // shown back in the list (a text column) and in the form, character for character
            Grid<PersonSummary> grid = filterGrid(email);
            assertThat(GridKt._getFormattedRow(grid, 0).getFirst()).isEqualTo(name);
            GridKt._clickItem(grid, 0);
            Dialog edit = _get(Dialog.class);
            assertThat(_get(edit, TextField.class, spec -> spec.withLabel("Naam"))
                            .getValue())
                    .isEqualTo(name);
            _click(_get(edit, Button.class, spec -> spec.withText("Annuleren")));
        }
    }

    @Test
    void empty_blank_and_overlong_names_get_a_dutch_message_and_nothing_is_stored() {
        login("beheerder@pendel.test");
        open("beheer/personen");
        record Case(String name, String message) {}
        for (Case c : List.of(
                new Case("", BadInputs.validation("validation.required")),
                new Case(BadInputs.WHITESPACE, BadInputs.validation("validation.required")),
                new Case(BadInputs.INVISIBLE, BadInputs.validation("validation.required")),
                new Case(BadInputs.OVERLONG, BadInputs.dutch("validation.max-length-field", 120)))) {
            inputs++;
            String email = TestData.unique("refused") + "@pendel.test";
            Dialog dialog = openNewPerson();
            fill(dialog, c.name(), email);
            save(dialog);

            TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Naam"));
            assertThat(name.isInvalid()).isTrue();
            assertThat(name.getErrorMessage()).isEqualTo(c.message());
            assertThat(dialog.isOpened()).isTrue();
            assertThat(stored(email)).isEmpty();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
        }
    }

    @Test
    void hostile_email_addresses_get_a_dutch_message_and_nothing_is_stored() {
        login("beheerder@pendel.test");
        open("beheer/personen");
        String name = TestData.unique("Geweigerd adres");
        for (String email : List.of(
                "",
                BadInputs.WHITESPACE,
                BadInputs.SCRIPT,
                BadInputs.SQL_OR,
                BadInputs.SQL_DROP,
                BadInputs.OVERLONG + "@pendel.test")) {
            inputs++;
            Dialog dialog = openNewPerson();
            fill(dialog, name, email);
            save(dialog);

            EmailField field = _get(dialog, EmailField.class, spec -> spec.withLabel("E-mailadres"));
            assertThat(field.isInvalid()).as("refused: %s", email).isTrue();
            assertThat(field.getErrorMessage())
                    .isIn(
                            BadInputs.validation("validation.required"),
                            BadInputs.dutch("validation.email-field"),
                            BadInputs.dutch("validation.max-length-field", 254));
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
        }
        assertThat(SystemAuthentication.runAsAdministrator(() -> people.count(name, null)))
                .isZero();
    }

    @Test
    void hostile_register_numbers_get_a_dutch_message_and_the_person_is_unchanged() {
        var person = testData.person().name(TestData.unique("Met nummer")).create();
        login("beheerder@pendel.test");
        open("beheer/personen");
        for (String number : List.of(
                BadInputs.SCRIPT,
                BadInputs.BOLD,
                BadInputs.SQL_DROP,
                BadInputs.SQL_OR,
                BadInputs.EMOJI,
                BadInputs.COMBINING,
                BadInputs.OVERLONG)) {
            inputs++;
            GridKt._clickItem(filterGrid(person.email()), 0);
            Dialog dialog = _get(Dialog.class);
            TextField field =
                    _get(dialog, TextField.class, spec -> spec.withLabel("Registratienummer beroepsregister"));
            _setValue(field, number);
            save(dialog);

            assertThat(field.isInvalid()).as("refused: %s", number).isTrue();
            assertThat(field.getErrorMessage())
                    .isIn(
                            BadInputs.validation("validation.register-number"),
                            BadInputs.dutch("validation.max-length-field", 40));
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
            PersonSummary after = stored(person.email()).orElseThrow();
            assertThat(after.version()).isEqualTo(person.version());
            assertThat(after.registerNumber()).isNull();
        }

        // letters of any script are letters: an Arabic register number is stored exactly
        inputs++;
        GridKt._clickItem(filterGrid(person.email()), 0);
        Dialog dialog = _get(Dialog.class);
        _setValue(
                _get(dialog, TextField.class, spec -> spec.withLabel("Registratienummer beroepsregister")),
                BadInputs.ARABIC);
        save(dialog);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(person.email()).orElseThrow().registerNumber()).isEqualTo(BadInputs.ARABIC);
    }

    @Test
    void bad_initial_passwords_get_a_dutch_message_and_nothing_is_stored() {
        login("beheerder@pendel.test");
        open("beheer/personen");
        record Case(String password, String message) {}
        for (Case c : List.of(
                new Case(BadInputs.WHITESPACE, BadInputs.dutch("password.error.required")),
                new Case("kort", BadInputs.dutch("password.error.too-short", 12, 128)),
                new Case(BadInputs.EMOJI, BadInputs.dutch("password.error.too-short", 12, 128)),
                new Case(BadInputs.OVERLONG, BadInputs.dutch("validation.max-length-field", 128)))) {
            inputs++;
            String email = TestData.unique("badpassword") + "@pendel.test";
            Dialog dialog = openNewPerson();
            fill(dialog, "Wachtwoord Proef", email);
            PasswordField password =
                    _get(dialog, PasswordField.class, spec -> spec.withLabel("Wachtwoord (mag later)"));
            _setValue(password, c.password());
            save(dialog);

            assertThat(password.isInvalid()).isTrue();
            assertThat(password.getErrorMessage()).isEqualTo(c.message());
            assertThat(dialog.isOpened()).isTrue();
            assertThat(stored(email)).isEmpty();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
        }

        // a pass phrase in any script, with HTML and quotes, is fine
        inputs++;
        String email = TestData.unique("goodpassword") + "@pendel.test";
        Dialog dialog = openNewPerson();
        fill(dialog, "Wachtwoord Proef", email);
        _setValue(
                _get(dialog, PasswordField.class, spec -> spec.withLabel("Wachtwoord (mag later)")),
                BadInputs.ARABIC + BadInputs.EMOJI + BadInputs.SQL_DROP);
        save(dialog);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(email).orElseThrow().canSignIn()).isTrue();
    }

    private Dialog openNewPerson() {
        _click(_get(Button.class, spec -> spec.withText("Persoon toevoegen")));
        return _get(Dialog.class);
    }

    @SuppressWarnings("unchecked")
    private static void fill(Dialog dialog, String name, String email) {
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), name);
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("E-mailadres")), email);
        // a trainer needs no team
        _setValue(_get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Rollen")), Set.of(Role.TRAINER));
    }

    private java.util.Optional<PersonSummary> stored(String email) {
        return SystemAuthentication.runAsAdministrator(() -> people.search(email, null, PageRequest.of(0, 10)).stream()
                .filter(p -> p.email().equals(email))
                .findFirst());
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonSummary> filterGrid(String email) {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Zoek op naam of e-mailadres")), email);
        Grid<PersonSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        return grid;
    }
}
