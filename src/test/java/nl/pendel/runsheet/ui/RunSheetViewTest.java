package nl.pendel.runsheet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.pendel.KaribuTest;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.course.CourseService;
import nl.pendel.runsheet.RunSheetService;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RunSheetViewTest extends KaribuTest {

    @Autowired
    RunSheetService runSheets;

    @Autowired
    CourseService courses;

    @Test
    void the_trainer_sees_the_items_with_times_changes_one_and_it_is_stored_as_the_courses_own() {
        CourseFixture fixture = testData.published(8);
        long meeting = firstMeeting(fixture);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/draaiboek/" + meeting);

        assertThat(currentView()).isInstanceOf(RunSheetView.class);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("run-sheet-item")))
                .hasSize(8);
        assertThat(_find(Span.class, spec -> spec.withClasses("run-sheet-time"))
                        .getFirst()
                        .getText())
                .isEqualTo("08:30–08:45");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("run-sheet-pdf")).getHref())
                .isNotBlank();

        _click(_find(Button.class, spec -> spec.withClasses("edit-item")).getFirst());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Onderdeel")), "Welkom en kennismaking");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Minuten")), 25);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_find(Span.class, spec -> spec.withClasses("run-sheet-title"))
                        .getFirst()
                        .getText())
                .isEqualTo("Welkom en kennismaking");
        assertThat(_find(Span.class, spec -> spec.withClasses("run-sheet-time"))
                        .get(1)
                        .getText())
                .isEqualTo("08:55–09:35");
        var stored = testData.runAs(
                fixture.trainer().email(), () -> runSheets.page(fixture.course().id(), meeting));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.items().getFirst().minutes()).isEqualTo(25);
    }

    @Test
    void moving_and_removing_after_confirming_store_the_new_order_and_name_a_missing_co_trainer() {
        CourseFixture fixture = testData.course(4);
        long meeting = firstMeeting(fixture);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/draaiboek/" + meeting);
        assertThat(pageText()).contains("Co-trainer: nog niet gekozen");

        _click(_find(Button.class, spec -> spec.withClasses("down")).getFirst());
        _click(_find(Button.class, spec -> spec.withClasses("remove")).getFirst());
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);

        var stored = testData.runAs(
                fixture.trainer().email(), () -> runSheets.page(fixture.course().id(), meeting));
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.items()).hasSize(7);
        assertThat(stored.items().getFirst().title()).isEqualTo("Opening en bedoeling van de training");
        assertThat(_find(Span.class, spec -> spec.withClasses("run-sheet-title"))
                        .getFirst()
                        .getText())
                .isEqualTo("Opening en bedoeling van de training");
    }

    @Test
    void a_refused_item_keeps_the_dialog_open_with_a_dutch_message_and_nothing_is_stored() {
        CourseFixture fixture = testData.course(4);
        long meeting = firstMeeting(fixture);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/draaiboek/" + meeting);

        _click(_get(Button.class, spec -> spec.withClasses("run-sheet-add")));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Minuten")), 0);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(pageText()).contains("Onderdeel 9: vul in wat er gebeurt.");
        assertThat(testData.runAs(
                                fixture.trainer().email(),
                                () -> runSheets.page(fixture.course().id(), meeting))
                        .stored())
                .isFalse();
    }

    @Test
    void another_courses_trainer_and_a_participant_get_not_found() {
        CourseFixture fixture = testData.published(4);
        CourseFixture other = testData.course(4);
        String address = "cursussen/" + fixture.course().id() + "/draaiboek/" + firstMeeting(fixture);

        login(other.trainer().email());
        open(address);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        login(fixture.participants().getFirst().email());
        open(address);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_schedule_links_to_each_meetings_run_sheet_for_the_trainer() {
        CourseFixture fixture = testData.published(4);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");

        assertThat(_find(Anchor.class, spec -> spec.withText("Draaiboek bijeenkomst 1")))
                .singleElement()
                .satisfies(link -> assertThat(link.getHref())
                        .isEqualTo("cursussen/" + fixture.course().id() + "/draaiboek/" + firstMeeting(fixture)));
    }

    private long firstMeeting(CourseFixture fixture) {
        return testData.runAs(fixture.trainer().email(), () -> courses.details(
                        fixture.course().id())
                .meetings()
                .getFirst()
                .id());
    }
}
