package nl.pendel.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.team.TeamSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The course form in the "Nieuwe cursus" dialog, as a trainer fills it in (issue 16). */
class CourseFormTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    ProgrammeService programmes;

    @Test
    void whole_team_enrols_the_teams_24_professionals_and_not_its_lead() {
        TeamSummary team = testData.team();
        List<Long> professionals = new ArrayList<>();
        Discipline[] disciplines = Discipline.values();
        for (int i = 0; i < 24; i++) {
            professionals.add(testData.person()
                    .team(team.id())
                    .discipline(disciplines[i % disciplines.length])
                    .create()
                    .id());
        }
        PersonSummary lead = testData.person()
                .roles(Role.TEAM_LEAD)
                .team(team.id())
                .discipline(null)
                .create();
        PersonSummary trainer = testData.trainer();
        login(trainer.email());
        Dialog dialog = newCourseDialog();
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Team")), team.id());

        _click(_get(dialog, Button.class, spec -> spec.withText("Hele team")));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Long> participants =
                _get(dialog, MultiSelectComboBox.class, spec -> spec.withLabel("Deelnemers"));
        assertThat(participants.getValue()).hasSize(24).containsExactlyInAnyOrderElementsOf(professionals);
        assertThat(participants.getValue()).doesNotContain(lead.id());
    }

    @Test
    void enter_in_a_date_field_confirms_the_date_and_does_not_save_the_dialog() {
        TeamSummary team = testData.team();
        testData.person().team(team.id()).create();
        login(testData.trainer().email());
        Dialog dialog = newCourseDialog();
        String title = TestData.unique("Half ingevuld");
        fillRequired(dialog, team, title);
        DatePicker end = _get(dialog, DatePicker.class, spec -> spec.withLabel("Einddatum"));

        pressEnterIn(end);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(titlesVisibleToAdministrator()).doesNotContain(title);
    }

    @Test
    void enter_in_the_title_field_still_saves_a_complete_form() {
        TeamSummary team = testData.team();
        testData.person().team(team.id()).create();
        login(testData.trainer().email());
        Dialog dialog = newCourseDialog();
        String title = TestData.unique("Met enter");
        fillRequired(dialog, team, title);

        pressEnterIn(_get(dialog, TextField.class, spec -> spec.withLabel("Titel")));

        assertThat(titlesVisibleToAdministrator()).contains(title);
    }

    @Test
    void a_title_in_use_by_another_open_course_gets_a_dutch_message_at_the_title_field() {
        var existing = testData.course(1);
        // the same team: another team's course may carry the same title
        TeamSummary team = existing.team();
        login(testData.trainer().email());
        Dialog dialog = newCourseDialog();
        fillRequired(dialog, team, existing.course().title().toUpperCase(java.util.Locale.ROOT));

        _click(_get(dialog, Button.class, spec -> spec.withText("Opslaan")));

        TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Titel"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage())
                .isEqualTo(
                        "Dit team heeft al een cursus met deze titel die nog niet is afgesloten. Kies een andere titel.");
    }

    private Dialog newCourseDialog() {
        open("cursussen");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe cursus")));
        return _get(Dialog.class);
    }

    private void fillRequired(Dialog dialog, TeamSummary team, String title) {
        long programme = SystemAuthentication.runAsAdministrator(() -> programmes.latestVersions().stream()
                .filter(v -> v.key().equals("wij-korrewegwijk"))
                .findFirst()
                .orElseThrow()
                .id());
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Programma")), programme);
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Team")), team.id());
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Titel")), title);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Begindatum")), LocalDate.of(2027, 1, 11));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Einddatum")), LocalDate.of(2027, 3, 31));
    }

    /**
     * Presses Enter in the field as a browser does: the key event reaches the field first and then
     * bubbles up through every component around it, up to the page.
     */
    private static void pressEnterIn(Component field) {
        for (Component c = field; c != null && c.isAttached(); c = c.getParent().orElse(null)) {
            ShortcutsKt._fireShortcut(c, Key.ENTER);
        }
    }

    private List<String> titlesVisibleToAdministrator() {
        return SystemAuthentication.runAsAdministrator(() -> courses.visibleCourses(Pageable.ofSize(10_000))).stream()
                .map(CourseSummary::title)
                .toList();
    }
}
