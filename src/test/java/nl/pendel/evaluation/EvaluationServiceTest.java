package nl.pendel.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.shared.IdentifierRefused;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The course evaluation through its services, on a set clock (issue 19 item 6). */
@IntegrationTest
class EvaluationServiceTest {

    private static final long THREE_WEEKS = 21 * 24 * 60L;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    EvaluationResultsService results;

    @Autowired
    EvaluationFixture fixtures;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonalData> personalData;

    @Autowired
    nl.pendel.shared.Translations translations;

    static EvaluationDraft draft(int rating, String text) {
        return new EvaluationDraft(
                Map.of("pendelen", rating, "samenwerken", rating, "cijfer", rating), Map.of("waardevol", text));
    }

    @Test
    void the_window_opens_at_the_last_sessions_start_and_closes_three_weeks_later() {
        var course = fixtures.create();
        String who = course.participant(0);
        for (long minutes : List.of(-1L, THREE_WEEKS)) {
            fixtures.minutesAfterLastStart(course, minutes);
            assertThat(testData.runAs(who, () -> evaluations.form(course.id())).open())
                    .isFalse();
            assertThat(testData.runAs(who, () -> evaluations.openForMe())).isEmpty();
            assertThatThrownBy(() -> testData.runAs(who, () -> evaluations.answer(course.id(), draft(4, "Te vroeg"))))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("evaluation.error.closed"));
        }
        for (long minutes : List.of(0L, THREE_WEEKS - 1)) {
            fixtures.minutesAfterLastStart(course, minutes);
            assertThat(testData.runAs(who, () -> evaluations.form(course.id())).open())
                    .isTrue();
            assertThat(testData.runAs(who, () -> evaluations.openForMe()))
                    .extracting(OpenEvaluation::courseId)
                    .contains(course.id());
        }
        assertThat(testData.runAs(who, () -> evaluations.answer(course.id(), draft(4, "Op tijd")))
                        .answered())
                .isTrue();
    }

    @Test
    void each_participant_answers_once() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 10);
        String who = course.participant(0);
        testData.runAs(who, () -> evaluations.answer(course.id(), draft(4, "Eerste keer")));
        assertThatThrownBy(() -> testData.runAs(who, () -> evaluations.answer(course.id(), draft(1, "Nog eens"))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("evaluation.error.already"));
        assertThat(testData.runAs(who, () -> evaluations.openForMe()))
                .extracting(OpenEvaluation::courseId)
                .doesNotContain(course.id());
        assertThat(responses(course.id())).isEqualTo(1);
    }

    @Test
    void results_are_hidden_under_three_answers_and_shown_from_three() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 10);
        testData.runAs(course.participant(0), () -> evaluations.answer(course.id(), draft(2, "Tekst een")));
        testData.runAs(course.participant(1), () -> evaluations.answer(course.id(), draft(4, "Tekst twee")));

        EvaluationResults two = testData.runAs(course.trainer(), () -> results.results(course.id()));
        assertThat(two.answers()).isEqualTo(2);
        assertThat(two.shown()).isFalse();
        assertThat(two.ratings()).isEmpty();
        assertThat(two.texts()).isEmpty();

        testData.runAs(
                course.participant(2),
                () -> evaluations.answer(
                        course.id(),
                        new EvaluationDraft(Map.of("pendelen", 3, "samenwerken", 3, "cijfer", 3), Map.of())));
        EvaluationResults three = testData.runAs(course.trainer(), () -> results.results(course.id()));
        assertThat(three.shown()).isTrue();
        assertThat(three.answers()).isEqualTo(3);
        assertThat(three.ratings())
                .extracting(EvaluationResults.Rating::questionKey)
                .containsExactly("pendelen", "samenwerken", "activiteitenplan", "cijfer");
        assertThat(three.ratings().getFirst().average()).isEqualTo(3.0);
        assertThat(three.ratings().get(2).count()).isZero();
        assertThat(three.texts().getFirst().answers()).containsExactlyInAnyOrder("Tekst een", "Tekst twee");
        assertThat(three.texts().get(1).answers()).isEmpty();
        assertThat(testData.runAs(course.trainer(), () -> results.results(course.id())))
                .as("the shuffled order stays the same")
                .isEqualTo(three);
        String lead = testData.teamLead(course.fixture().team().id()).email();
        assertThat(testData.runAs(lead, () -> results.results(course.id()))).isEqualTo(three);
    }

    @Test
    void a_second_course_is_not_mixed_in_and_its_participants_cannot_answer_this_one() {
        var course = fixtures.create();
        var other = fixtures.create();
        fixtures.minutesAfterLastStart(course, 10);
        for (int i = 0; i < 3; i++) {
            int index = i;
            testData.runAs(course.participant(index), () -> evaluations.answer(course.id(), draft(5, "Hier " + index)));
        }
        assertThatThrownBy(() -> testData.runAs(other.participant(0), () -> evaluations.form(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(
                        other.participant(0), () -> evaluations.answer(course.id(), draft(1, "Niet van mij"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(other.trainer(), () -> results.results(other.id()))
                        .answers())
                .isZero();
        assertThat(testData.runAs(course.trainer(), () -> results.results(course.id()))
                        .answers())
                .isEqualTo(3);
        assertThat(responses(course.id())).isEqualTo(3);
        assertThatThrownBy(() -> testData.runAs(other.trainer(), () -> results.results(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        String otherLead = testData.teamLead(other.fixture().team().id()).email();
        assertThatThrownBy(() -> testData.runAs(otherLead, () -> results.results(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(course.participant(0), () -> results.results(course.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(course.trainer(), () -> evaluations.form(course.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_answers_hold_no_person_and_nothing_joins_them_to_the_answered_flag() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 10);
        long personId = course.participants().getFirst().id();
        testData.runAs(course.participant(0), () -> evaluations.answer(course.id(), draft(4, "Anoniem")));

        List<String> columns = jdbc.sql("""
                        select lower(column_name) from information_schema.columns
                        where table_schema = database()
                          and table_name in ('course_evaluation_response', 'course_evaluation_answer')""").query(String.class).list();
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "id", "course_id", "questionnaire_version_id", "response_id", "question_key", "rating", "text");
        List<String> flagColumns = jdbc.sql("""
                        select lower(column_name) from information_schema.columns
                        where table_schema = database() and table_name = 'course_evaluation_done'""").query(String.class).list();
        assertThat(flagColumns).containsExactlyInAnyOrder("course_id", "person_id");
        String responseId = jdbc.sql("select id from course_evaluation_response where course_id = ?")
                .param(course.id())
                .query(String.class)
                .single();
        assertThat(responseId).as("a random id, not a number in order").matches("[0-9a-f-]{36}");
        assertThat(responseId).doesNotContain(Long.toString(personId));
        assertThat(jdbc.sql("select count(*) from course_evaluation_done where course_id = ? and person_id = ?")
                        .params(course.id(), personId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_resident_identifier_is_refused_and_nothing_is_stored() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 10);
        String who = course.participant(0);
        assertThatThrownBy(() -> testData.runAs(
                        who, () -> evaluations.answer(course.id(), draft(4, "Mevrouw met bsn 111222333 belde"))))
                .isInstanceOf(IdentifierRefused.class);
        assertThat(testData.runAs(who, () -> evaluations.form(course.id())).answered())
                .isFalse();
        assertThat(responses(course.id())).isZero();
        assertThat(jdbc.sql("select count(*) from course_evaluation_done where course_id = ?")
                        .param(course.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void the_flag_is_exported_and_erased_but_the_anonymous_answers_stay() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 10);
        long personId = course.participants().getFirst().id();
        testData.runAs(course.participant(0), () -> evaluations.answer(course.id(), draft(4, "Blijft staan")));
        PersonalData part = personalData.stream()
                .filter(p -> p.part().equals("course_evaluation"))
                .findFirst()
                .orElseThrow();
        assertThat(part.export(personId, new ExportLabels(translations, java.util.Locale.forLanguageTag("nl")))
                        .toString())
                .contains("course_id=" + course.id())
                .contains("answered=true")
                .doesNotContain("Blijft staan");
        assertThat(part.erase(personId)).isEqualTo(1);
        assertThat((List<?>)
                        part.export(personId, new ExportLabels(translations, java.util.Locale.forLanguageTag("nl"))))
                .isEmpty();
        assertThat(responses(course.id())).isEqualTo(1);
    }

    private int responses(long courseId) {
        return jdbc.sql("select count(*) from course_evaluation_response where course_id = ?")
                .param(courseId)
                .query(Integer.class)
                .single();
    }
}
