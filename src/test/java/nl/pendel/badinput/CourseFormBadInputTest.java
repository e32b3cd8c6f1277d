package nl.pendel.badinput;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The course form (a trainer changes their course), tried with hostile input (issue 8). */
class CourseFormBadInputTest extends KaribuTest {

    private static int inputs;

    @Autowired
    CourseService courses;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: course form, %d inputs%n", inputs);
    }

    @Test
    void hostile_titles_are_stored_exactly_and_shown_back_as_text() {
        TestData.CourseFixture fixture = testData.course(1);
        login(fixture.trainer().email());
        for (String title : BadInputs.ACCEPTED_TEXTS) {
            inputs++;
            open("cursussen/" + fixture.course().id());
            Dialog dialog = openEdit();
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Titel")), title);
            save(dialog);
            assertThat(dialog.isOpened()).as("saved: %s", title).isFalse();

            assertThat(stored(fixture).title()).isEqualTo(title);
            open("cursussen/" + fixture.course().id());
            assertThat(_get(H2.class, spec -> spec.withText(title)).getText()).isEqualTo(title);
        }
    }

    @Test
    void empty_blank_and_overlong_titles_get_a_dutch_message_and_the_course_is_unchanged() {
        TestData.CourseFixture fixture = testData.course(1);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());
        for (var c : BadInputs.refusedRequiredTexts(200)) {
            inputs++;
            Dialog dialog = openEdit();
            TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Titel"));
            _setValue(title, c.get(0));
            save(dialog);
            assertThat(title.isInvalid()).isTrue();
            assertThat(title.getErrorMessage()).isEqualTo(c.get(1));
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
            assertUnchanged(fixture);
        }
    }

    @Test
    void an_end_before_the_start_gets_a_dutch_message_and_the_course_is_unchanged() {
        TestData.CourseFixture fixture = testData.course(1);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());
        inputs++;
        Dialog dialog = openEdit();
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Begindatum")), LocalDate.of(2027, 3, 31));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Einddatum")), LocalDate.of(2027, 1, 11));
        save(dialog);

        DatePicker end = _get(dialog, DatePicker.class, spec -> spec.withLabel("Einddatum"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo(BadInputs.dutch("course.error.period"));
        assertThat(dialog.isOpened()).isTrue();
        assertUnchanged(fixture);
    }

    @Test
    void years_like_1_or_9999_and_a_course_of_years_get_a_dutch_message_and_the_course_is_unchanged() {
        TestData.CourseFixture fixture = testData.course(1);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());
        String range = BadInputs.dutch("course.error.period-range", 2000, 2099);
        assertThat(range).isEqualTo("Kies data tussen 2000 en 2099.");
        record Case(LocalDate start, LocalDate end, String field, String dutch) {}
        LocalDate start = fixture.course().startsOn();
        for (Case c : List.of(
                new Case(BadInputs.YEAR_1, fixture.course().endsOn(), "Begindatum", range),
                new Case(start, BadInputs.YEAR_9999, "Einddatum", range),
                new Case(BadInputs.YEAR_1, BadInputs.YEAR_9999, "Begindatum", range),
                new Case(start, start.plusYears(2).plusDays(1), "Einddatum", "Een cursus duurt hoogstens 2 jaar."))) {
            inputs++;
            Dialog dialog = openEdit();
            _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Begindatum")), c.start());
            _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Einddatum")), c.end());
            save(dialog);

            DatePicker field = _get(dialog, DatePicker.class, spec -> spec.withLabel(c.field()));
            assertThat(field.isInvalid()).as("%s – %s", c.start(), c.end()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(c.dutch());
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
            assertUnchanged(fixture);
        }

        // the service refuses the same without the form
        inputs++;
        var details = courses.details(fixture.course().id());
        CourseDraft draft = CourseDraft.of(details.summary(), details.participantIds());
        draft.setStartsOn(BadInputs.YEAR_1);
        assertThatThrownBy(() -> courses.update(draft))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                .isEqualTo(range));
        assertUnchanged(fixture);
    }

    @Test
    void negative_zero_and_too_many_subgroups_get_a_dutch_message_and_the_course_is_unchanged() {
        TestData.CourseFixture fixture = testData.course(1);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());
        for (int count : List.of(BadInputs.NEGATIVE, 0, 13, Integer.MIN_VALUE)) {
            inputs++;
            Dialog dialog = openEdit();
            IntegerField subgroups = _get(dialog, IntegerField.class, spec -> spec.withLabel("Aantal subgroepen"));
            _setValue(subgroups, count);
            save(dialog);
            assertThat(subgroups.isInvalid()).as("refused: %d", count).isTrue();
            assertThat(subgroups.getErrorMessage())
                    .isEqualTo(
                            count > 12
                                    ? BadInputs.dutch("validation.max-field", 12)
                                    : BadInputs.dutch("validation.min-field", 1));
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
            assertUnchanged(fixture);
        }

        // an emptied number field is asked for, not taken as some default
        inputs++;
        Dialog dialog = openEdit();
        IntegerField subgroups = _get(dialog, IntegerField.class, spec -> spec.withLabel("Aantal subgroepen"));
        _setValue(subgroups, null);
        save(dialog);
        assertThat(subgroups.isInvalid()).isTrue();
        assertThat(subgroups.getErrorMessage()).isEqualTo(BadInputs.dutch("validation.required-field"));
        assertThat(dialog.isOpened()).isTrue();
        assertUnchanged(fixture);
    }

    private static Dialog openEdit() {
        _click(_get(Button.class, spec -> spec.withText("Cursus wijzigen")));
        return _get(Dialog.class);
    }

    private CourseSummary stored(TestData.CourseFixture fixture) {
        return courses.details(fixture.course().id()).summary();
    }

    private void assertUnchanged(TestData.CourseFixture fixture) {
        CourseSummary now = stored(fixture);
        assertThat(now.version()).isEqualTo(fixture.course().version());
        assertThat(now.title()).isEqualTo(fixture.course().title());
        assertThat(now.startsOn()).isEqualTo(fixture.course().startsOn());
        assertThat(now.endsOn()).isEqualTo(fixture.course().endsOn());
        assertThat(now.subgroupCount()).isEqualTo(fixture.course().subgroupCount());
    }
}
