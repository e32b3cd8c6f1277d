package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.evaluation.EvaluationDraft;
import nl.pendel.evaluation.EvaluationFixture;
import nl.pendel.evaluation.EvaluationService;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The course evaluation form (issue 19 item 6), tried with hostile input through its service,
 * where the form's checks live: a Dutch message and nothing stored, or stored exactly.
 */
@IntegrationTest
class EvaluationBadInputTest {

    /** The text questions' limit (course-content/questionnaires/cursusevaluatie.yaml). */
    private static final int MAX = 500;

    private static final Map<String, Integer> REQUIRED = Map.of("pendelen", 3, "samenwerken", 3, "cijfer", 3);

    private static int inputs;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    EvaluationFixture fixtures;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: course evaluation form, %d inputs%n", inputs);
    }

    @Test
    void hostile_texts_are_stored_exactly() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 5);
        List<String> texts = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        texts.add("🌱".repeat(MAX)); // at the limit, counted in characters
        for (int i = 0; i < texts.size(); i++) {
            inputs++;
            String text = texts.get(i);
            testData.runAs(
                    course.participant(i),
                    () -> evaluations.answer(
                            course.id(), new EvaluationDraft(REQUIRED, Map.of("waardevol", text, "verbeteren", text))));
            assertThat(storedTexts(course.id(), "waardevol")).contains(text);
            assertThat(storedTexts(course.id(), "verbeteren")).contains(text);
        }
    }

    @Test
    void refused_input_gets_a_dutch_message_and_nothing_is_stored() {
        var course = fixtures.create();
        fixtures.minutesAfterLastStart(course, 5);
        String who = course.participant(0);

        record Case(Map<String, Integer> ratings, Map<String, String> texts, String message) {}
        String range = BadInputs.dutch("evaluation.error.rating-range", 1, 5);
        String valuable = "Wat was voor mij het waardevolste onderdeel?";
        String better = "Wat kan er beter voor het volgende team?";
        String tooLongValuable = BadInputs.dutch("evaluation.error.too-long", valuable, MAX);
        String tooLongBetter = BadInputs.dutch("evaluation.error.too-long", better, MAX);
        String required = BadInputs.dutch("evaluation.error.required", "Welk cijfer geef ik de cursus als geheel?");
        String unknown = BadInputs.dutch("evaluation.error.unknown-question");
        List<Case> cases = List.of(
                new Case(REQUIRED, Map.of("waardevol", BadInputs.OVERLONG), tooLongValuable),
                new Case(REQUIRED, Map.of("waardevol", "🌱".repeat(MAX + 1)), tooLongValuable),
                new Case(REQUIRED, Map.of("verbeteren", "x".repeat(MAX + 1)), tooLongBetter),
                new Case(with("cijfer", 0), Map.of(), range),
                new Case(with("cijfer", 6), Map.of(), range),
                new Case(with("activiteitenplan", BadInputs.NEGATIVE), Map.of("waardevol", BadInputs.SCRIPT), range),
                new Case(with("pendelen", Integer.MIN_VALUE), Map.of(), range),
                new Case(with("samenwerken", Integer.MAX_VALUE), Map.of(), range),
                new Case(Map.of("pendelen", 3, "samenwerken", 3), Map.of("waardevol", "Zonder cijfer"), required),
                new Case(
                        Map.of(),
                        Map.of(),
                        BadInputs.dutch(
                                "evaluation.error.required",
                                "Ik kan beter pendelen tussen individueel werk en preventief, collectief en omgevingsgericht werken.")),
                new Case(with("bestaat-niet", 2), Map.of(), unknown),
                new Case(REQUIRED, Map.of("bestaat-niet", "tekst"), unknown),
                // a text question answered with a rating, and a rating question with a text
                new Case(with("waardevol", 2), Map.of(), unknown),
                new Case(REQUIRED, Map.of("cijfer", "vijf"), unknown),
                new Case(REQUIRED, Map.of("verbeteren", "Bsn 111222333 van de bewoner"), privacyRefusal()),
                new Case(REQUIRED, Map.of("waardevol", "Rekening NL91ABNA0417164300"), privacyRefusal()));
        for (Case c : cases) {
            inputs++;
            assertThatThrownBy(() -> testData.runAs(
                            who, () -> evaluations.answer(course.id(), new EvaluationDraft(c.ratings(), c.texts()))))
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .startsWith(c.message()));
            assertThat(responses(course.id())).isZero();
            assertThat(testData.runAs(who, () -> evaluations.form(course.id())).answered())
                    .isFalse();
        }

        // white space only is no answer: the text is not stored
        inputs++;
        Map<String, String> blank = new HashMap<>();
        blank.put("waardevol", BadInputs.WHITESPACE);
        blank.put("verbeteren", BadInputs.INVISIBLE);
        testData.runAs(who, () -> evaluations.answer(course.id(), new EvaluationDraft(REQUIRED, blank)));
        assertThat(responses(course.id())).isEqualTo(1);
        assertThat(storedTexts(course.id(), "waardevol")).isEmpty();
        assertThat(storedTexts(course.id(), "verbeteren")).isEmpty();

        // a second answer by the same person is refused
        inputs++;
        assertThatThrownBy(() -> testData.runAs(
                        who, () -> evaluations.answer(course.id(), new EvaluationDraft(REQUIRED, Map.of()))))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                .isEqualTo("Je hebt de evaluatie van deze cursus al ingevuld."));
        assertThat(responses(course.id())).isEqualTo(1);
    }

    private static Map<String, Integer> with(String key, int value) {
        Map<String, Integer> ratings = new HashMap<>(REQUIRED);
        ratings.put(key, value);
        return ratings;
    }

    private List<String> storedTexts(long courseId, String questionKey) {
        return jdbc.sql("""
                        select a.text from course_evaluation_answer a
                        join course_evaluation_response r on r.id = a.response_id
                        where r.course_id = ? and a.question_key = ?""").params(courseId, questionKey).query(String.class).list();
    }

    private int responses(long courseId) {
        return jdbc.sql("select count(*) from course_evaluation_response where course_id = ?")
                .param(courseId)
                .query(Integer.class)
                .single();
    }

    /** The start of the privacy guard's refusal, which names the identifier after it. */
    private static String privacyRefusal() {
        return "Niet bewaard: haal eerst het";
    }
}
