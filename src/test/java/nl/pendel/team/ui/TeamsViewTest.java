package nl.pendel.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.ui.NotFoundView;
import nl.pendel.team.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamsViewTest extends KaribuTest {

    @Autowired
    TeamService teams;

    @Test
    void administrator_adds_a_team() {
        String name = TestData.unique("WIJ Team");
        login("beheerder@pendel.test");
        open("beheer/teams");
        assertThat(currentView()).isInstanceOf(TeamsView.class);

        _click(_get(Button.class, spec -> spec.withText("Team toevoegen")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), name);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Wijk")), name + " wijk");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(SystemAuthentication.runAsAdministrator(() -> teams.findTeamByName(name)))
                .isPresent();
    }

    @Test
    void second_team_for_the_same_district_is_refused() {
        login("beheerder@pendel.test");
        open("beheer/teams");
        _click(_get(Button.class, spec -> spec.withText("Team toevoegen")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), TestData.unique("Nog een team"));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Wijk")), "korrewegwijk");
        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(dialog, Div.class, spec -> spec.withClasses("form-error"))
                        .getText())
                .isEqualTo("Er is al een team voor de wijk korrewegwijk.");
    }

    @Test
    void trainer_cannot_manage_teams() {
        login("trainer@pendel.test");
        open("beheer/teams");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
