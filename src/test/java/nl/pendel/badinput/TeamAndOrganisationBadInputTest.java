package nl.pendel.badinput;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.team.OrganisationSummary;
import nl.pendel.team.TeamService;
import nl.pendel.team.TeamSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team and organisation forms, tried with hostile input (issue 8). */
class TeamAndOrganisationBadInputTest extends KaribuTest {

    private static int teamInputs;
    private static int organisationInputs;

    @Autowired
    TeamService teams;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: team form, %d inputs%n", teamInputs);
        System.out.printf("bad input: organisation form, %d inputs%n", organisationInputs);
    }

    @Test
    void hostile_team_names_and_districts_are_stored_exactly_and_shown_back_as_text() {
        login("beheerder@pendel.test");
        open("beheer/teams");
        for (String text : BadInputs.ACCEPTED_TEXTS) {
            teamInputs++;
            String name = BadInputs.uniquely(text);
            String district = BadInputs.uniquely(text);
            Dialog dialog = openDialog("Team toevoegen");
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), name);
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Wijk")), district);
            save(dialog);
            assertThat(dialog.isOpened()).as("saved: %s", text).isFalse();

            TeamSummary stored = SystemAuthentication.runAsAdministrator(() -> teams.findTeamByName(name))
                    .orElseThrow();
            assertThat(stored.name()).isEqualTo(name);
            assertThat(stored.district()).isEqualTo(district);

            List<String> row = row(TeamSummary::name, name);
            assertThat(row.get(0)).isEqualTo(name);
            assertThat(row.get(1)).isEqualTo(district);
        }
    }

    @Test
    void empty_blank_and_overlong_team_names_and_districts_get_a_dutch_message_and_nothing_is_stored() {
        login("beheerder@pendel.test");
        open("beheer/teams");
        record Case(String name, String district, String field, String message) {}
        String required = BadInputs.validation("validation.required");
        String tooLong = BadInputs.dutch("validation.max-length-field", 120);
        String validName = TestData.unique("Geweigerd team");
        String validDistrict = TestData.unique("Geweigerde wijk");
        for (Case c : List.of(
                new Case("", validDistrict, "Naam", required),
                new Case(BadInputs.WHITESPACE, validDistrict, "Naam", required),
                new Case(BadInputs.INVISIBLE, validDistrict, "Naam", required),
                new Case(BadInputs.OVERLONG, validDistrict, "Naam", tooLong),
                new Case(validName, "", "Wijk", required),
                new Case(validName, BadInputs.WHITESPACE, "Wijk", required),
                new Case(validName, BadInputs.OVERLONG, "Wijk", tooLong))) {
            teamInputs++;
            Dialog dialog = openDialog("Team toevoegen");
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), c.name());
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Wijk")), c.district());
            save(dialog);

            TextField field = _get(dialog, TextField.class, spec -> spec.withLabel(c.field()));
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(c.message());
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
        }
        assertThat(SystemAuthentication.runAsAdministrator(() -> teams.findTeamByName(validName)))
                .isEmpty();
    }

    @Test
    void a_team_name_written_with_a_combining_mark_is_either_its_own_team_or_refused_in_dutch() {
        String suffix = TestData.unique("");
        String precomposed = "Zo\u00eb" + suffix;
        String combining = BadInputs.COMBINING + suffix;
        TeamSummary existing = SystemAuthentication.runAsAdministrator(() -> {
            var draft = new nl.pendel.team.TeamDraft();
            draft.setName(precomposed);
            draft.setDistrict(TestData.unique("Wijk"));
            return teams.saveTeam(draft);
        });
        login("beheerder@pendel.test");
        open("beheer/teams");
        teamInputs++;
        Dialog dialog = openDialog("Team toevoegen");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), combining);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Wijk")), TestData.unique("Wijk"));
        save(dialog);

        if (dialog.isOpened()) {
            // the database sees the two spellings as one name: then the Dutch duplicate message
            assertThat(_get(dialog, Div.class, spec -> spec.withClasses("form-error"))
                            .getText())
                    .isEqualTo(BadInputs.dutch("team.error.duplicate-name", combining));
        } else {
            assertThat(SystemAuthentication.runAsAdministrator(() -> teams.allTeams()).stream()
                            .map(TeamSummary::name)
                            .filter(n -> n.equals(combining)))
                    .hasSize(1);
        }
        assertThat(SystemAuthentication.runAsAdministrator(() -> teams.findTeam(existing.id()))
                        .orElseThrow()
                        .name())
                .isEqualTo(precomposed);
    }

    @Test
    void hostile_organisation_names_are_stored_exactly_and_empty_or_overlong_ones_refused_in_dutch() {
        login("beheerder@pendel.test");
        open("beheer/organisaties");
        for (String text : BadInputs.ACCEPTED_TEXTS) {
            organisationInputs++;
            String name = BadInputs.uniquely(text);
            Dialog dialog = openDialog("Organisatie toevoegen");
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Naam")), name);
            save(dialog);
            assertThat(dialog.isOpened()).as("saved: %s", text).isFalse();

            OrganisationSummary stored = SystemAuthentication.runAsAdministrator(
                            () -> teams.findOrganisationByName(name))
                    .orElseThrow();
            assertThat(stored.name()).isEqualTo(name);
            assertThat(row(OrganisationSummary::name, name).getFirst()).isEqualTo(name);
        }

        for (var c : BadInputs.refusedRequiredTexts(120)) {
            organisationInputs++;
            int before = SystemAuthentication.runAsAdministrator(() -> teams.allOrganisations())
                    .size();
            Dialog dialog = openDialog("Organisatie toevoegen");
            TextField field = _get(dialog, TextField.class, spec -> spec.withLabel("Naam"));
            _setValue(field, c.get(0));
            save(dialog);
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(c.get(1));
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
            assertThat(SystemAuthentication.runAsAdministrator(() -> teams.allOrganisations())
                            .size())
                    .isEqualTo(before);
        }
    }

    private static Dialog openDialog(String button) {
        _click(_get(Button.class, spec -> spec.withText(button)));
        return _get(Dialog.class);
    }

    /** The grid row (as shown: formatted text per column) of the item with this name. */
    private static <T> List<String> row(Function<T, String> name, String wanted) {
        @SuppressWarnings("unchecked")
        Grid<T> grid = _get(Grid.class);
        int size = GridKt._size(grid);
        List<T> items = GridKt._fetch(grid, 0, size);
        for (int i = 0; i < items.size(); i++) {
            if (name.apply(items.get(i)).equals(wanted)) {
                return GridKt._getFormattedRow(grid, i);
            }
        }
        throw new AssertionError("Not in the list: " + wanted);
    }
}
