package nl.pendel.badinput;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.schedule.SessionView;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The session of a schedule (through the schedule service) and the meeting form (a trainer changes
 * a meeting of their course), tried with hostile input (issue 8): kept exactly as typed, or
 * refused with the Dutch message and nothing stored.
 */
class SessionAndMeetingBadInputTest extends KaribuTest {

    private static int sessionInputs;
    private static int meetingInputs;

    @Autowired
    CourseService courses;

    @Autowired
    ScheduleService schedule;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: session form, %d inputs%n", sessionInputs);
        System.out.printf("bad input: meeting form, %d inputs%n", meetingInputs);
    }

    @Test
    void hostile_places_and_rooms_of_a_session_are_stored_exactly() {
        TestData.CourseFixture fixture = testData.course(2);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        long sessionId = sessions(trainer, courseId).getFirst().id();

        for (String text : BadInputs.ACCEPTED_TEXTS) {
            sessionInputs++;
            String room = TestData.unique("zaal");
            update(trainer, courseId, sessionId, d -> {
                d.setLocation(text);
                d.setRoom(room);
            });
            SessionView stored = session(trainer, courseId, sessionId);
            assertThat(stored.location()).as("stored exactly: %s", text).isEqualTo(text);
            assertThat(stored.room()).isEqualTo(room);

            sessionInputs++;
            String place = TestData.unique("Wijkcentrum");
            update(trainer, courseId, sessionId, d -> {
                d.setLocation(place);
                d.setRoom(text);
            });
            stored = session(trainer, courseId, sessionId);
            assertThat(stored.location()).isEqualTo(place);
            assertThat(stored.room()).as("stored exactly: %s", text).isEqualTo(text);
        }
    }

    @Test
    void empty_overlong_places_impossible_times_and_dates_outside_the_course_are_refused_in_dutch() {
        TestData.CourseFixture fixture = testData.course(2);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        SessionView before = sessions(trainer, courseId).getFirst();
        int meeting = before.meetingPosition();
        int subgroup = before.subgroupNumber();
        String incomplete = BadInputs.dutch("schedule.error.incomplete", meeting, subgroup);
        assertThat(incomplete)
                .isEqualTo("Bijeenkomst " + meeting + ", subgroep " + subgroup
                        + ": vul datum, tijden, locatie en trainer in.");
        LocalDate dayBefore = fixture.course().startsOn().minusDays(1);
        LocalDate dayAfter = fixture.course().endsOn().plusDays(1);

        List<Refusal> refusals = List.of(
                new Refusal("empty place", d -> d.setLocation(""), incomplete),
                new Refusal("blank place", d -> d.setLocation(BadInputs.WHITESPACE), incomplete),
                new Refusal("invisible place", d -> d.setLocation(BadInputs.INVISIBLE), incomplete),
                new Refusal("overlong place", d -> d.setLocation(BadInputs.OVERLONG), incomplete),
                new Refusal("overlong room", d -> d.setRoom(BadInputs.OVERLONG), incomplete),
                new Refusal(
                        "end before start",
                        d -> {
                            d.setStart(LocalTime.of(14, 0));
                            d.setEnd(LocalTime.of(9, 0));
                        },
                        "Het einde moet na het begin liggen."),
                new Refusal(
                        "end equals start",
                        d -> {
                            d.setStart(LocalTime.of(14, 0));
                            d.setEnd(LocalTime.of(14, 0));
                        },
                        "Het einde moet na het begin liggen."),
                new Refusal("year 1", d -> d.setDate(BadInputs.YEAR_1), outsidePeriod(dutchDate(BadInputs.YEAR_1))),
                new Refusal(
                        "year 9999",
                        d -> d.setDate(BadInputs.YEAR_9999),
                        outsidePeriod(dutchDate(BadInputs.YEAR_9999))),
                new Refusal("day before the course", d -> d.setDate(dayBefore), outsidePeriod("zo 10 jan 2027")),
                new Refusal("day after the course", d -> d.setDate(dayAfter), outsidePeriod("do 1 apr 2027")));
        for (Refusal refusal : refusals) {
            sessionInputs++;
            assertThatThrownBy(() -> update(trainer, courseId, before.id(), refusal.change()))
                    .as(refusal.what())
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), shown(e)))
                                    .as(refusal.what())
                                    .isEqualTo(refusal.dutch()));
            assertThat(session(trainer, courseId, before.id()))
                    .as("nothing stored after %s", refusal.what())
                    .isEqualTo(before);
        }
    }

    private static String outsidePeriod(String date) {
        return date + " valt buiten de cursusperiode (ma 11 jan 2027 t/m wo 31 mrt 2027).";
    }

    private static String dutchDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.of("nl"))
                .format(date);
    }

    /**
     * The arguments as the schedule shows them: a refusal because of a conflict carries typed
     * arguments, and the schedule writes its dates the Dutch way (as its date column does).
     */
    private static Object[] shown(UserFacingException e) {
        return java.util.Arrays.stream(e.arguments())
                .map(a -> a instanceof LocalDate date ? dutchDate(date) : a)
                .toArray();
    }

    @Test
    void the_session_dialog_marks_bad_input_at_its_field_in_dutch_and_changes_nothing() {
        TestData.CourseFixture fixture = testData.course(2);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        SessionView before = sessions(trainer, courseId).getFirst();
        login(trainer);
        open("cursussen/" + courseId + "/rooster");
        String firstRow = GridKt._getFormattedRow(_get(Grid.class), 0).toString();
        String required = BadInputs.validation("validation.required");
        String outside = BadInputs.dutch("schedule.error.outside-period-field");

        record Refusal(String what, String field, Consumer<Dialog> change, String dutch) {}
        List<Refusal> refusals = List.of(
                new Refusal("no date", "Datum", d -> _setValue(date(d), null), required),
                new Refusal("year 1", "Datum", d -> _setValue(date(d), BadInputs.YEAR_1), outside),
                new Refusal("year 9999", "Datum", d -> _setValue(date(d), BadInputs.YEAR_9999), outside),
                new Refusal(
                        "day before the course",
                        "Datum",
                        d -> _setValue(date(d), fixture.course().startsOn().minusDays(1)),
                        outside),
                new Refusal("no end", "Einde", d -> _setValue(time(d, "Einde"), null), required),
                new Refusal(
                        "end before start",
                        "Einde",
                        d -> {
                            _setValue(time(d, "Begin"), LocalTime.of(14, 0));
                            _setValue(time(d, "Einde"), LocalTime.of(9, 0));
                        },
                        BadInputs.dutch("schedule.error.end-before-start")),
                new Refusal("empty place", "Locatie", d -> _setValue(text(d, "Locatie"), ""), required),
                new Refusal(
                        "blank place", "Locatie", d -> _setValue(text(d, "Locatie"), BadInputs.WHITESPACE), required),
                new Refusal(
                        "invisible place",
                        "Locatie",
                        d -> _setValue(text(d, "Locatie"), BadInputs.INVISIBLE),
                        required),
                new Refusal(
                        "overlong place",
                        "Locatie",
                        d -> _setValue(text(d, "Locatie"), BadInputs.OVERLONG),
                        BadInputs.dutch("validation.max-length-field", SessionDraft.LOCATION_MAX)),
                new Refusal(
                        "overlong room",
                        "Zaal",
                        d -> _setValue(text(d, "Zaal"), BadInputs.OVERLONG),
                        BadInputs.dutch("validation.max-length-field", SessionDraft.ROOM_MAX)));
        for (Refusal refusal : refusals) {
            sessionInputs++;
            GridKt._clickItem(_get(Grid.class), 0);
            Dialog dialog = _get(Dialog.class);
            refusal.change().accept(dialog);
            save(dialog);
            assertThat(_find(Dialog.class))
                    .as("%s: the dialog stays open", refusal.what())
                    .hasSize(1);
            HasValidation field =
                    (HasValidation) _get(dialog, Component.class, spec -> spec.withLabel(refusal.field()));
            assertThat(field.isInvalid())
                    .as("%s: marked at the field", refusal.what())
                    .isTrue();
            assertThat(field.getErrorMessage()).as(refusal.what()).isEqualTo(refusal.dutch());
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
            assertThat(GridKt._getFormattedRow(_get(Grid.class), 0).toString())
                    .as("%s: the schedule on screen unchanged", refusal.what())
                    .isEqualTo(firstRow);
        }
        assertThat(session(trainer, courseId, before.id())).as("nothing stored").isEqualTo(before);
    }

    @Test
    void hostile_places_typed_in_the_session_dialog_are_stored_and_shown_back_exactly() {
        TestData.CourseFixture fixture = testData.course(2);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        String trainer = fixture.trainer().email();
        long courseId = fixture.course().id();
        long sessionId = sessions(trainer, courseId).getFirst().id();
        login(trainer);
        open("cursussen/" + courseId + "/rooster");

        GridKt._clickItem(_get(Grid.class), 0);
        Dialog dialog = _get(Dialog.class);
        _setValue(text(dialog, "Locatie"), BadInputs.SCRIPT);
        _setValue(text(dialog, "Zaal"), BadInputs.ARABIC);
        save(dialog);
        sessionInputs += 2;
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0))
                .as("shown back as text")
                .contains(BadInputs.SCRIPT + ", " + BadInputs.ARABIC);
        _click(_get(Button.class, spec -> spec.withText("Rooster opslaan")));

        SessionView stored = session(trainer, courseId, sessionId);
        assertThat(stored.location()).isEqualTo(BadInputs.SCRIPT);
        assertThat(stored.room()).isEqualTo(BadInputs.ARABIC);
    }

    private static DatePicker date(Dialog dialog) {
        return _get(dialog, DatePicker.class, spec -> spec.withLabel("Datum"));
    }

    private static TimePicker time(Dialog dialog, String label) {
        return _get(dialog, TimePicker.class, spec -> spec.withLabel(label));
    }

    private static TextField text(Dialog dialog, String label) {
        return _get(dialog, TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void hostile_meeting_titles_are_stored_exactly_and_shown_back_as_text() {
        TestData.CourseFixture fixture = testData.course(2);
        login(fixture.trainer().email());
        for (String title : BadInputs.ACCEPTED_TEXTS) {
            meetingInputs++;
            open("cursussen/" + fixture.course().id());
            Dialog dialog = openMeeting();
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Titel")), title);
            save(dialog);
            assertThat(dialog.isOpened()).as("saved: %s", title).isFalse();

            assertThat(firstMeeting(fixture).title()).as("stored exactly").isEqualTo(title);
            open("cursussen/" + fixture.course().id());
            assertThat(_find(Details.class).stream().map(Details::getSummaryText))
                    .as("shown back as text: %s", title)
                    .contains(BadInputs.dutch("programme.meeting", 1) + ": " + title);
        }
    }

    @Test
    void empty_blank_and_overlong_meeting_titles_get_a_dutch_message_and_the_meeting_is_unchanged() {
        TestData.CourseFixture fixture = testData.course(2);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id());
        CourseDetails.Meeting before = firstMeeting(fixture);
        for (var c : BadInputs.refusedRequiredTexts(200)) {
            meetingInputs++;
            Dialog dialog = openMeeting();
            TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Titel"));
            _setValue(title, c.get(0));
            save(dialog);
            assertThat(title.isInvalid()).isTrue();
            assertThat(title.getErrorMessage()).isEqualTo(c.get(1));
            assertThat(dialog.isOpened()).isTrue();
            _click(_get(dialog, Button.class, spec -> spec.withText("Annuleren")));
            CourseDetails.Meeting now = firstMeeting(fixture);
            assertThat(now.version()).as("nothing stored").isEqualTo(before.version());
            assertThat(now.title()).isEqualTo(before.title());
        }
    }

    private record Refusal(String what, Consumer<SessionDraft> change, String dutch) {}

    private List<SessionView> sessions(String trainer, long courseId) {
        return testData.runAs(trainer, () -> schedule.sessions(courseId));
    }

    private SessionView session(String trainer, long courseId, long sessionId) {
        return sessions(trainer, courseId).stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow();
    }

    private void update(String trainer, long courseId, long sessionId, Consumer<SessionDraft> change) {
        SessionDraft draft = SessionDraft.of(session(trainer, courseId, sessionId));
        change.accept(draft);
        testData.runAs(trainer, () -> schedule.update(courseId, draft));
    }

    private Dialog openMeeting() {
        _click(_find(Button.class, spec -> spec.withText("Wijzigen")).getFirst());
        return _get(Dialog.class);
    }

    private CourseDetails.Meeting firstMeeting(TestData.CourseFixture fixture) {
        return courses.details(fixture.course().id()).meetings().getFirst();
    }
}
