package nl.pendel.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.KaribuTest;
import nl.pendel.TestData;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SelfAssessmentViewsTest extends KaribuTest {

    @Autowired
    SelfAssessmentService assessments;

    @Test
    void participant_rates_every_indicator_writes_a_goal_and_submits() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        Moment start = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
        var participant = fixture.participants().getFirst();
        login(participant.email());
        open("zelfevaluatie");
        assertThat(currentView()).isInstanceOf(SelfAssessmentView.class);

        open(SelfAssessmentFormView.route(fixture.course().id(), start.id()));
        assertThat(currentView()).isInstanceOf(SelfAssessmentFormView.class);
        @SuppressWarnings("rawtypes")
        var groups = _find(RadioButtonGroup.class);
        assertThat(groups).hasSize(18);
        for (RadioButtonGroup<?> group : groups) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> levels = (RadioButtonGroup<Integer>) group;
            _setValue(levels, 3);
        }
        _setValue(_find(TextField.class).getFirst(), "Vaker samen met bewoners kijken wat er nodig is");
        _click(_get(Button.class, spec -> spec.withId("assessment-submit")));

        assertThat(testData.runAs(
                                participant.email(),
                                () -> assessments.mine(fixture.course().id(), start.id()))
                        .submitted())
                .isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("assessment-reopen")))
                .hasSize(1);
    }

    @Test
    void words_with_a_citizen_service_number_are_not_saved_the_form_says_so_and_keeps_them() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        Moment start = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
        var participant = fixture.participants().getFirst();
        login(participant.email());
        open(SelfAssessmentFormView.route(fixture.course().id(), start.id()));
        var mastered =
                _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Wat beheers ik al?"));
        _setValue(mastered, "Gesprekken met bewoners");

        _setValue(mastered, "Gesprekken met bewoners, zoals die met 111222333");

        assertThat(_get(nl.pendel.shared.ui.DraftState.class).getText())
                .startsWith("Concept niet bewaard: haal eerst het BSN weg");
        assertThat(mastered.getValue()).endsWith("111222333");
        assertThat(testData.runAs(
                                participant.email(),
                                () -> assessments.mine(fixture.course().id(), start.id()))
                        .answers()
                        .mastered())
                .isEqualTo("Gesprekken met bewoners");
    }

    @Test
    void at_the_end_the_start_goals_are_rated_and_the_words_shared_with_the_lead_by_choice() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.publish(fixture);
        long courseId = fixture.course().id();
        var participant = fixture.participants().getFirst();
        Moment start = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
        Map<Long, Integer> all = new HashMap<>();
        testData.runAs(fixture.trainer().email(), () -> assessments.framework(courseId))
                .competences()
                .forEach(c -> c.indicators().forEach(i -> all.put(i.id(), 3)));
        testData.runAs(participant.email(), () -> {
            long v = assessments.saveDraft(
                    courseId, start.id(), new AssessmentDraft(all, "", "", List.of("Vaker de wijk in")), 0);
            assessments.submit(courseId, start.id(), v);
        });
        Moment end = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 1);

        login(participant.email());
        open(SelfAssessmentFormView.route(courseId, end.id()));
        @SuppressWarnings("rawtypes")
        var groups = _find(RadioButtonGroup.class);
        assertThat(groups).as("18 indicators and the one goal of the start").hasSize(19);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> goal = _get(RadioButtonGroup.class, spec -> spec.withLabel("Vaker de wijk in"));
        for (RadioButtonGroup<?> group : groups) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> levels = (RadioButtonGroup<Integer>) group;
            if (levels != goal) {
                _setValue(levels, 4);
            }
        }
        _setValue(_find(TextField.class).getFirst(), "Het netwerk blijven gebruiken");
        _click(_get(Button.class, spec -> spec.withId("assessment-submit")));
        assertThat(assessments.mine(courseId, end.id()).submitted())
                .as("not without rating the goal of the start")
                .isFalse();

        _setValue(goal, 3);
        _click(_get(Button.class, spec -> spec.withId("assessment-submit")));
        assertThat(assessments.mine(courseId, end.id()).submitted()).isTrue();
        assertThat(assessments.myGrowth(courseId).goals().getFirst().progress()).containsEntry(MomentKind.END, 3);

        Checkbox share = _get(Checkbox.class, spec -> spec.withId("assessment-share"));
        assertThat(share.getValue()).isFalse();
        _setValue(share, true);
        assertThat(assessments.mine(courseId, end.id()).sharedWithLead()).isTrue();
    }

    @Test
    void trainer_cannot_open_the_self_assessment_pages() {
        var fixture = testData.course(4);
        login(fixture.trainer().email());
        open("zelfevaluatie");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
