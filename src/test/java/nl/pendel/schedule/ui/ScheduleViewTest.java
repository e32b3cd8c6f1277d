package nl.pendel.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.ClashingCourses;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.security.Role;
import nl.pendel.shared.ui.NotFoundView;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScheduleViewTest extends KaribuTest {

    @Autowired
    SubgroupService subgroups;

    @Autowired
    ScheduleService schedule;

    @Autowired
    CourseService courses;

    @Test
    void trainer_makes_and_saves_the_twelve_sessions() {
        var fixture = composed();
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");
        assertThat(currentView()).isInstanceOf(ScheduleView.class);

        fillGenerator(LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 2));
        _click(_get(Button.class, spec -> spec.withText("Rooster maken")));

        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(12);
        assertThat(_get(Div.class, spec -> spec.withClasses("conflicts")).getText())
                .isEqualTo("12 dagdelen, geen conflicten.");
        _click(_get(Button.class, spec -> spec.withText("Rooster opslaan")));
        assertThat(testData.runAs(
                        fixture.trainer().email(),
                        () -> schedule.sessions(fixture.course().id())))
                .hasSize(12);
    }

    @Test
    void a_conflict_is_shown_and_saving_is_not_possible() {
        var fixture = composed();
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");

        // meeting 2 before meeting 1
        fillGenerator(LocalDate.of(2027, 2, 9), LocalDate.of(2027, 1, 26), LocalDate.of(2027, 3, 2));
        _click(_get(Button.class, spec -> spec.withText("Rooster maken")));

        Div box = _get(Div.class, spec -> spec.withClasses("conflicts"));
        assertThat(box.getClassNames()).contains("callout-error");
        assertThat(((Div) box.getChildren().findFirst().orElseThrow()).getText())
                .startsWith("4 conflicten");
        assertThat(_get(Button.class, spec -> spec.withText("Rooster opslaan")).isEnabled())
                .isFalse();
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0).toString()).contains("heeft bijeenkomst 2 vóór bijeenkomst 1");
    }

    @Test
    void a_stored_schedule_shows_its_first_days_and_place_so_moving_a_meeting_is_changing_one_date() {
        var fixture = testData.course(8);
        String place = TestData.unique("Buurtcentrum");
        testData.schedule(fixture, place);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");

        assertThat(_find(DatePicker.class).stream().map(DatePicker::getValue))
                .containsExactlyElementsOf(TestData.MEETING_DAYS);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Locatie")).getValue())
                .isEqualTo(place);

        // a session of meeting 1 moved by hand to the evening stays as it is
        var evening = testData.runAs(fixture.trainer().email(), () -> {
            var all = schedule.sessions(fixture.course().id());
            var drafts =
                    new java.util.ArrayList<>(all.stream().map(SessionDraft::of).toList());
            drafts.getFirst().setStart(java.time.LocalTime.of(18, 0));
            drafts.getFirst().setEnd(java.time.LocalTime.of(21, 0));
            return schedule.save(fixture.course().id(), drafts).stream()
                    .filter(s -> s.start().equals(java.time.LocalTime.of(18, 0)))
                    .findFirst()
                    .orElseThrow();
        });
        open("cursussen/" + fixture.course().id() + "/rooster");

        // nothing changed: nothing to make anew
        _click(_get(Button.class, spec -> spec.withText("Rooster maken")));
        NotificationsKt.expectNotifications("Het rooster volgt deze dagen al. Verander de eerste dag van een"
                + " bijeenkomst (of de locatie) om die opnieuw te maken.");

        // meeting 3 a week later: one date changed, the rest of the schedule stays
        _setValue(_find(DatePicker.class).get(2), TestData.MEETING_DAYS.get(2).plusWeeks(1));
        _click(_get(Button.class, spec -> spec.withText("Rooster maken")));
        _click(_get(Button.class, spec -> spec.withText("Rooster opslaan")));
        var sessions = testData.runAs(
                fixture.trainer().email(),
                () -> schedule.sessions(fixture.course().id()));
        assertThat(sessions).hasSize(12);
        assertThat(sessions.stream()
                        .filter(s -> s.id() == evening.id())
                        .findFirst()
                        .orElseThrow()
                        .start())
                .as("the session moved by hand")
                .isEqualTo(java.time.LocalTime.of(18, 0));
        assertThat(sessions.stream().filter(s -> s.meetingPosition() == 3).map(s -> s.date()))
                .allMatch(d -> !d.isBefore(TestData.MEETING_DAYS.get(2).plusWeeks(1)));
        assertThat(sessions.stream().filter(s -> s.meetingPosition() == 1).map(s -> s.date()))
                .allMatch(d -> d.isBefore(TestData.MEETING_DAYS.get(1)));
    }

    @Test
    void trainer_cancels_a_session_after_confirming_and_sees_it_marked() {
        var fixture = testData.course(8);
        var saved = testData.schedule(fixture, TestData.unique("Buurtcentrum"));
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");

        @SuppressWarnings("unchecked")
        Grid<SessionDraft> grid = _get(Grid.class);
        Button cancel = (Button) GridKt._getCellComponent(grid, 0, "status-action");
        assertThat(cancel.getText()).isEqualTo("Dagdeel annuleren");
        _click(cancel);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Bijeenkomst 1, subgroep 1");
        ConfirmDialogKt._fireConfirm(confirm);

        var first = testData
                .runAs(
                        fixture.trainer().email(),
                        () -> schedule.sessions(fixture.course().id()))
                .stream()
                .filter(s -> s.id() == saved.getFirst().id())
                .findFirst()
                .orElseThrow();
        assertThat(first.status()).isEqualTo(SessionStatus.CANCELLED);
        grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0).toString()).contains("Geannuleerd.");
        assertThat(((Button) GridKt._getCellComponent(grid, 0, "status-action")).getText())
                .isEqualTo("Weer inplannen");
    }

    @Test
    void trainer_cancels_a_session_of_a_published_course() {
        var fixture = testData.course(8);
        var saved = testData.schedule(fixture, TestData.unique("Buurtcentrum"));
        testData.publish(fixture);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");

        @SuppressWarnings("unchecked")
        Grid<SessionDraft> grid = _get(Grid.class);
        _click((Button) GridKt._getCellComponent(grid, 0, "status-action"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(testData
                        .runAs(
                                fixture.trainer().email(),
                                () -> schedule.sessions(fixture.course().id()))
                        .stream()
                        .filter(s -> s.id() == saved.getFirst().id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void participant_reads_the_schedule_without_changing_it() {
        var fixture = composed();
        testData.publish(fixture);
        login(fixture.participants().getFirst().email());
        open("cursussen/" + fixture.course().id() + "/rooster");
        assertThat(currentView()).isInstanceOf(ScheduleView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Rooster opslaan")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Rooster maken"))).isEmpty();
    }

    @Test
    void trainer_of_another_course_gets_not_found() {
        var fixture = composed();
        var other = testData.course(1);
        login(other.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_session_led_by_the_co_trainer_shows_the_co_trainers_name_in_the_trainer_column() {
        var coTrainer = testData.person()
                .roles(Role.TRAINER)
                .noTeam()
                .name(TestData.unique("Myrthe Douma"))
                .create();
        var fixture = testData.course(4, testData.trainer(), coTrainer);
        var saved = testData.schedule(fixture, TestData.unique("Buurtcentrum"));
        SessionDraft first = SessionDraft.of(saved.getFirst());
        first.setTrainerId(coTrainer.id());
        testData.runAs(
                fixture.trainer().email(),
                () -> schedule.update(fixture.course().id(), first));
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");

        @SuppressWarnings("unchecked")
        Grid<SessionDraft> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(coTrainer.displayName());
        assertThat(GridKt._getFormattedRow(grid, 1)).contains(fixture.trainer().displayName());
    }

    @Test
    void a_session_still_led_by_a_former_co_trainer_shows_their_name_and_asks_for_a_trainer_of_the_course() {
        var coTrainer = testData.person()
                .roles(Role.TRAINER)
                .noTeam()
                .name(TestData.unique("Myrthe Douma"))
                .create();
        var fixture = testData.course(4, testData.trainer(), coTrainer);
        var saved = testData.schedule(fixture, TestData.unique("Buurtcentrum"));
        SessionDraft first = SessionDraft.of(saved.getFirst());
        first.setTrainerId(coTrainer.id());
        testData.runAs(
                fixture.trainer().email(),
                () -> schedule.update(fixture.course().id(), first));
        // the co-trainer leaves the course; the session is still with them
        testData.runAs(fixture.trainer().email(), () -> {
            var draft = CourseDraft.of(
                    courses.summary(fixture.course().id()),
                    Set.copyOf(fixture.participants().stream()
                            .map(PersonSummary::id)
                            .toList()));
            draft.setCoTrainerId(null);
            return courses.update(draft);
        });
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/rooster");

        @SuppressWarnings("unchecked")
        Grid<SessionDraft> grid = _get(Grid.class);
        List<String> row = GridKt._getFormattedRow(grid, 0);
        assertThat(row.get(5)).isEqualTo(coTrainer.displayName());
        assertThat(row.get(6)).isEqualTo("Kies de trainer of de co-trainer van deze cursus.");
    }

    @Test
    void people_booked_in_another_course_at_that_time_are_named_with_that_course_and_its_time() {
        var clashing =
                ClashingCourses.sameParticipants(testData, courses, subgroups, 8, TestData.unique("Wijkcentrum"));
        login(clashing.secondTrainer().email());
        open("cursussen/" + clashing.second().id() + "/rooster");

        fillGenerator(LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 2));
        _click(_get(Button.class, spec -> spec.withText("Rooster maken")));

        @SuppressWarnings("unchecked")
        Grid<SessionDraft> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(12);
        // meeting 1, subgroup 1: Tuesday 26 January 2027 in the morning, in both courses
        List<String> first = GridKt._getFormattedRow(grid, 0);
        assertThat(first.get(0) + ", " + first.get(1)).isEqualTo("Bijeenkomst 1, Subgroep 1");
        String problem = first.get(6);
        assertThat(problem)
                .endsWith(
                        " zitten dan al in ‘" + clashing.first().course().title() + "’ (di 26 jan 2027, 08:30–12:30).");
        assertThat(clashing.first().participants())
                .filteredOn(p -> problem.contains(p.displayName()))
                .hasSize(2);
        Div box = _get(Div.class, spec -> spec.withClasses("conflicts"));
        assertThat(box.getClassNames()).contains("callout-error");
        assertThat(box.getElement().getTextRecursively())
                .startsWith("12 conflicten en geen waarschuwingen.")
                .contains("Bijeenkomst 1, subgroep 1: " + problem);
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void the_co_trainer_leads_and_is_shown_where_the_trainer_gives_another_course_at_that_time() {
        var both = ClashingCourses.sameTrainer(testData, subgroups, TestData.unique("Wijkcentrum"));
        login(both.first().trainer().email());
        open("cursussen/" + both.second().id() + "/rooster");

        fillGenerator(LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 2));
        _click(_get(Button.class, spec -> spec.withText("Rooster maken")));

        assertThat(_get(Div.class, spec -> spec.withClasses("conflicts")).getText())
                .isEqualTo("12 dagdelen, geen conflicten.");
        @SuppressWarnings("unchecked")
        Grid<SessionDraft> grid = _get(Grid.class);
        for (int row = 0; row < 12; row++) {
            assertThat(GridKt._getFormattedRow(grid, row).get(5))
                    .isEqualTo(both.secondTrainer().displayName());
        }
    }

    private TestData.CourseFixture composed() {
        var fixture = testData.course(8);
        testData.runAs(
                fixture.trainer().email(),
                () -> subgroups.composeAutomatically(fixture.course().id()));
        return fixture;
    }

    private void fillGenerator(LocalDate first, LocalDate second, LocalDate third) {
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Eerste dag bijeenkomst 1")), first);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Eerste dag bijeenkomst 2")), second);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Eerste dag bijeenkomst 3")), third);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Locatie")), TestData.unique("Buurtcentrum"));
    }
}
