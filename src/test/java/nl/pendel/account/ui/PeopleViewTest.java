package nl.pendel.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

class PeopleViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    nl.pendel.account.PersonService people;

    @Test
    void administrator_finds_people_by_name() {
        var person =
                testData.person().name("Zoekbare " + TestData.unique("Naam")).create();
        login("beheerder@pendel.test");
        open("beheer/personen");
        assertThat(currentView()).isInstanceOf(PeopleView.class);

        _setValue(
                _get(TextField.class, spec -> spec.withPlaceholder("Zoek op naam of e-mailadres")),
                person.displayName());
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).email()).isEqualTo(person.email());
    }

    @Test
    void administrator_adds_a_person_and_a_duplicate_address_is_refused_in_dutch() {
        var existing = testData.person().create();
        login("beheerder@pendel.test");
        open("beheer/personen");

        _click(_get(Button.class, spec -> spec.withText("Persoon toevoegen")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), "Nieuwe Collega");
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("E-mailadres")), existing.email());
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        Div error = _get(dialog, Div.class, spec -> spec.withClasses("form-error"));
        assertThat(error.getText()).isEqualTo("Er is al een persoon met het e-mailadres " + existing.email() + ".");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void empty_required_fields_get_a_dutch_message_and_nothing_is_stored() {
        login("beheerder@pendel.test");
        open("beheer/personen");
        _click(_get(Button.class, spec -> spec.withText("Persoon toevoegen")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Naam"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void register_number_with_a_forbidden_character_gets_a_dutch_message_at_the_field() {
        var person =
                testData.person().name("Met Nummer " + TestData.unique("x")).create();
        login("beheerder@pendel.test");
        open("beheer/personen");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Zoek op naam of e-mailadres")), person.email());
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);

        TextField number = _get(dialog, TextField.class, spec -> spec.withLabel("Registratienummer beroepsregister"));
        _setValue(number, "123#45");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("Alleen letters, cijfers, spaties en - . / toegestaan.");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(number, "BIG 123/45-6");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(nl.pendel.security.SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                        .orElseThrow()
                        .registerNumber())
                .isEqualTo("BIG 123/45-6");
    }

    @Test
    void a_name_with_a_line_break_is_refused_at_the_field_and_nothing_is_stored() {
        var person =
                testData.person().name("Sophie " + TestData.unique("Meijer")).create();
        login("beheerder@pendel.test");
        open("beheer/personen");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Zoek op naam of e-mailadres")), person.email());
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);

        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Naam"));
        _setValue(name, "Sophie Meijer\r\nBcc: evil@example.com");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .isEqualTo("Gebruik één regel, zonder regeleinden of andere onzichtbare stuurtekens.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(nl.pendel.security.SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                        .orElseThrow()
                        .displayName())
                .isEqualTo(person.displayName());
    }

    @Test
    void second_administrator_saving_a_stale_person_is_told_and_nothing_is_overwritten() {
        var person = testData.person()
                .name("Oorspronkelijke Naam " + TestData.unique("x"))
                .create();
        login("beheerder@pendel.test");
        open("beheer/personen");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Zoek op naam of e-mailadres")), person.email());
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
        Dialog dialog = _get(Dialog.class);

        // meanwhile another administrator renames the same person
        var other = nl.pendel.account.PersonDraft.of(person);
        other.setDisplayName("Door Collega Gewijzigd");
        nl.pendel.security.SystemAuthentication.runAsAdministrator(() -> people.save(other));

        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), "Mijn Wijziging");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("form-error"))
                        .getText())
                .startsWith("Iemand anders heeft dit intussen gewijzigd.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(nl.pendel.security.SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Door Collega Gewijzigd");
    }

    @Test
    void participant_cannot_open_the_people_administration() {
        login("deelnemer@pendel.test");
        open("beheer/personen");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(Grid.class)).isEmpty();
    }
}
