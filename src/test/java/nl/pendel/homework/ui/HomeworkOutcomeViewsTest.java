package nl.pendel.homework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.pendel.KaribuTest;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReading;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkRow;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trainer's judgement in the reading dialog, and its badges for the trainer and the participant. */
class HomeworkOutcomeViewsTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    HomeworkReviewService review;

    @Test
    void trainer_marks_nog_niet_with_a_text_and_both_see_the_orange_badge() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        long meeting1 = handIn(fixture, participant);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/huiswerk");
        Grid<HomeworkRow> grid = openReading(participant);

        _setValue(outcome(), Outcome.NOG_NIET.name());
        _click(_get(Button.class, spec -> spec.withId("homework-feedback-send")));
        TextArea feedback = _get(TextArea.class, spec -> spec.withId("homework-feedback"));
        assertThat(feedback.isInvalid()).isTrue();
        assertThat(feedback.getErrorMessage()).isEqualTo("Schrijf bij ‘nog niet’ wat de deelnemer moet aanpassen.");
        long homeworkId = row(grid, participant).homeworkId();
        assertThat(review.read(fixture.course().id(), homeworkId).outcome()).isNull();

        _setValue(feedback, "Vertel ook wat je zelf deed.");
        _click(_get(Button.class, spec -> spec.withId("homework-feedback-send")));

        assertThat(review.read(fixture.course().id(), homeworkId).outcome()).isEqualTo(Outcome.NOG_NIET);
        assertThat(statusBadge(participant, "Nog niet").getClassNames()).contains("badge", "badge-warning");

        login(participant.email());
        open(HomeworkEditorView.route(fixture.course().id(), meeting1));
        Span badge = _get(Span.class, spec -> spec.withText("Nog niet — pas aan en lever opnieuw in"));
        assertThat(badge.getClassNames()).contains("badge", "badge-warning");
        assertThat(_get(TextArea.class, spec -> spec.withId("homework-text")).getValue())
                .isEqualTo("Mijn voorbereiding");
        assertThat(_find(Button.class, spec -> spec.withId("homework-submit"))).hasSize(1);
        assertThat(_find(RadioButtonGroup.class))
                .as("a participant never judges")
                .isEmpty();
    }

    @Test
    void trainer_marks_voldaan_without_words_and_the_participant_sees_the_green_badge_and_no_withdraw() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        long meeting1 = handIn(fixture, participant);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/huiswerk");
        openReading(participant);

        _setValue(outcome(), Outcome.VOLDAAN.name());
        _click(_get(Button.class, spec -> spec.withId("homework-feedback-send")));

        assertThat(statusBadge(participant, "Voldaan").getClassNames()).contains("badge", "badge-success");
        login(participant.email());
        open(HomeworkEditorView.route(fixture.course().id(), meeting1));
        assertThat(_find(Span.class, spec -> spec.withText("Voldaan").withClasses("outcome")))
                .as("above the work and with the feedback")
                .hasSize(2)
                .allSatisfy(badge -> assertThat(badge.getClassNames()).contains("badge-success"));
        assertThat(_find(Button.class, spec -> spec.withId("homework-withdraw")))
                .isEmpty();
    }

    @Test
    void a_second_trainer_judging_from_a_stale_dialog_gets_the_dutch_conflict_message_and_nothing_is_stored() {
        var fixture = testData.published(8);
        var participant = fixture.participants().getFirst();
        handIn(fixture, participant);
        login(fixture.trainer().email());
        open("cursussen/" + fixture.course().id() + "/huiswerk");
        Grid<HomeworkRow> grid = openReading(participant);
        long homeworkId = row(grid, participant).homeworkId();
        // meanwhile (the co-trainer in another window) the homework is judged
        HomeworkReading other = review.read(fixture.course().id(), homeworkId);
        review.giveFeedback(
                fixture.course().id(), other.submissions().getFirst().id(), "", Outcome.VOLDAAN, other.version());

        _setValue(outcome(), Outcome.NOG_NIET.name());
        _setValue(_get(TextArea.class, spec -> spec.withId("homework-feedback")), "Nog niet genoeg.");
        _click(_get(Button.class, spec -> spec.withId("homework-feedback-send")));

        assertThat(_get(TextArea.class, spec -> spec.withId("homework-feedback"))
                        .getErrorMessage())
                .startsWith("Iemand anders heeft dit intussen gewijzigd. Er is niets opgeslagen");
        HomeworkReading after = review.read(fixture.course().id(), homeworkId);
        assertThat(after.outcome()).isEqualTo(Outcome.VOLDAAN);
        assertThat(after.submissions().getFirst().feedback()).hasSize(1);
    }

    private long handIn(CourseFixture fixture, PersonSummary participant) {
        long meeting1 = testData.runAs(
                        fixture.trainer().email(),
                        () -> courses.details(fixture.course().id()))
                .meetings()
                .getFirst()
                .id();
        testData.runAs(participant.email(), () -> {
            DraftSaved saved = homework.saveDraft(fixture.course().id(), meeting1, "Mijn voorbereiding", 0);
            homework.submit(fixture.course().id(), meeting1, saved.version(), false);
        });
        return meeting1;
    }

    @SuppressWarnings("unchecked")
    private Grid<HomeworkRow> openReading(PersonSummary participant) {
        Grid<HomeworkRow> grid = _get(Grid.class);
        int index = GridKt._findAll(grid).stream()
                .map(HomeworkRow::personId)
                .toList()
                .indexOf(participant.id());
        GridKt._clickItem(grid, index);
        return grid;
    }

    /** The judgement's badge in the participant's status cell of the trainer's overview (read anew). */
    @SuppressWarnings("unchecked")
    private static Span statusBadge(PersonSummary participant, String text) {
        Grid<HomeworkRow> grid = _get(Grid.class);
        int index = GridKt._findAll(grid).stream()
                .map(HomeworkRow::personId)
                .toList()
                .indexOf(participant.id());
        Component cell = GridKt._getCellComponent(grid, index, "status");
        return cell.getChildren()
                .filter(c -> c instanceof Span span && span.hasClassName("outcome"))
                .map(Span.class::cast)
                .filter(span -> span.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static HomeworkRow row(Grid<HomeworkRow> grid, PersonSummary participant) {
        return GridKt._findAll(grid).stream()
                .filter(r -> r.personId() == participant.id())
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> outcome() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("homework-outcome"));
    }
}
