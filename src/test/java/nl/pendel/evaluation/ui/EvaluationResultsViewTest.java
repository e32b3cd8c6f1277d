package nl.pendel.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.pendel.KaribuTest;
import nl.pendel.evaluation.EvaluationDraft;
import nl.pendel.evaluation.EvaluationFixture;
import nl.pendel.evaluation.EvaluationService;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The course evaluation's results for the trainers and the team's lead (issue 19 item 6). */
class EvaluationResultsViewTest extends KaribuTest {

    @Autowired
    EvaluationFixture fixtures;

    @Autowired
    EvaluationService evaluations;

    @Test
    void the_trainer_reads_the_figures_and_texts_from_three_answers() {
        var course = answered(3);
        login(course.trainer());
        open("cursussen/" + course.id() + "/evaluatie");
        assertThat(currentView()).isInstanceOf(EvaluationResultsView.class);
        assertThat(pageText())
                .contains("3 deelnemers vulden de evaluatie in.")
                .contains("Welk cijfer geef ik de cursus als geheel? — gemiddeld 3,0 (3 antwoorden)")
                .contains("Antwoord 0")
                .contains("Antwoord 2")
                .doesNotContain(course.participants().getFirst().displayName());
    }

    @Test
    void with_two_answers_the_results_are_hidden() {
        var course = answered(2);
        login(course.trainer());
        open("cursussen/" + course.id() + "/evaluatie");
        assertThat(pageText())
                .contains("Nog te weinig antwoorden om te tonen (2 van minimaal 3).")
                .doesNotContain("Antwoord 0")
                .doesNotContain("gemiddeld");
    }

    @Test
    void the_lead_of_the_course_s_team_reads_the_results() {
        var course = answered(3);
        login(testData.teamLead(course.fixture().team().id()).email());
        open("cursussen/" + course.id() + "/evaluatie");
        assertThat(currentView()).isInstanceOf(EvaluationResultsView.class);
        assertThat(pageText()).contains("3 deelnemers vulden de evaluatie in.").contains("Antwoord 1");
    }

    @Test
    void a_participant_and_another_team_s_lead_get_not_found() {
        var course = answered(3);
        login(course.participant(0));
        open("cursussen/" + course.id() + "/evaluatie");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        newBrowserSession();
        login(testData.teamLead(fixtures.create().fixture().team().id()).email());
        open("cursussen/" + course.id() + "/evaluatie");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    /** A course whose evaluation this many participants answered, each rating 1 to 5 in turn. */
    private EvaluationFixture.Course answered(int answers) {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 30);
        for (int i = 0; i < answers; i++) {
            int index = i;
            int rating = 2 + index;
            testData.runAs(
                    course.participant(index),
                    () -> evaluations.answer(
                            course.id(),
                            new EvaluationDraft(
                                    Map.of("pendelen", rating, "samenwerken", rating, "cijfer", rating),
                                    Map.of("waardevol", "Antwoord " + index))));
        }
        return course;
    }
}
