package nl.pendel.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import nl.pendel.KaribuTest;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

class OrganisationsViewTest extends KaribuTest {

    @Test
    void overlong_name_is_refused_with_a_dutch_message() {
        login("beheerder@pendel.test");
        open("beheer/organisaties");
        assertThat(currentView()).isInstanceOf(OrganisationsView.class);

        _click(_get(Button.class, spec -> spec.withText("Organisatie toevoegen")));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Naam"));
        _setValue(name, "x".repeat(121));
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Hoogstens 120 tekens.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void team_lead_cannot_manage_organisations() {
        login("teamleider@pendel.test");
        open("beheer/organisaties");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
