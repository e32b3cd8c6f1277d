package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.precondition.MyAnswers;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The preconditions questionnaire (ratings and comments), tried with hostile input through its
 * service, which is where the form's checks live (issue 8).
 */
@IntegrationTest
class PreconditionBadInputTest {

    private static int inputs;

    @Autowired
    PreconditionService preconditions;

    @Autowired
    TestData testData;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: preconditions form, %d inputs%n", inputs);
    }

    @Test
    void hostile_comments_are_stored_exactly() {
        var fixture = testData.publishedUnscheduled(1);
        long courseId = fixture.course().id();
        String participant = fixture.participants().getFirst().email();
        List<String> comments = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        comments.add("🌱".repeat(PreconditionService.COMMENT_MAX)); // at the limit, counted in characters
        long version = 0;
        for (String comment : comments) {
            inputs++;
            long expected = version;
            MyAnswers saved = testData.runAs(
                    participant,
                    () -> preconditions.save(
                            courseId, List.of(new PreconditionAnswer(Precondition.ROOM, 3, comment)), expected));
            version = saved.version();
            MyAnswers stored = testData.runAs(participant, () -> preconditions.mine(courseId));
            assertThat(stored.answers().get(Precondition.ROOM).comment()).isEqualTo(comment);
            assertThat(stored.version()).isEqualTo(version);
        }
    }

    @Test
    void overlong_comments_and_ratings_out_of_range_get_a_dutch_message_and_nothing_changes() {
        var fixture = testData.publishedUnscheduled(1);
        long courseId = fixture.course().id();
        String participant = fixture.participants().getFirst().email();
        MyAnswers first = testData.runAs(
                participant,
                () -> preconditions.save(
                        courseId, List.of(new PreconditionAnswer(Precondition.ROOM, 4, "Eerste antwoord")), 0));

        record Case(PreconditionAnswer answer, String message) {}
        String range = BadInputs.dutch("precondition.error.rating-range", 1, 5);
        String tooLong = BadInputs.dutch("precondition.error.comment-too-long", PreconditionService.COMMENT_MAX);
        for (Case c : List.of(
                new Case(new PreconditionAnswer(Precondition.ROOM, 3, BadInputs.OVERLONG), tooLong),
                new Case(
                        new PreconditionAnswer(Precondition.ROOM, 3, "🌱".repeat(PreconditionService.COMMENT_MAX + 1)),
                        tooLong),
                new Case(new PreconditionAnswer(Precondition.ROOM, BadInputs.NEGATIVE, BadInputs.SCRIPT), range),
                new Case(new PreconditionAnswer(Precondition.ROOM, 0, ""), range),
                new Case(new PreconditionAnswer(Precondition.ROOM, 6, ""), range),
                new Case(new PreconditionAnswer(Precondition.ROOM, Integer.MIN_VALUE, ""), range))) {
            inputs++;
            assertThatThrownBy(() -> testData.runAs(
                            participant, () -> preconditions.save(courseId, List.of(c.answer()), first.version())))
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .isEqualTo(c.message()));
            MyAnswers stored = testData.runAs(participant, () -> preconditions.mine(courseId));
            assertThat(stored.version()).isEqualTo(first.version());
            assertThat(stored.answers().get(Precondition.ROOM))
                    .isEqualTo(new PreconditionAnswer(Precondition.ROOM, 4, "Eerste antwoord"));
        }

        // a comment of white space only is no comment: an answer with only that is not stored
        inputs++;
        MyAnswers blank = testData.runAs(
                participant,
                () -> preconditions.save(
                        courseId,
                        List.of(new PreconditionAnswer(Precondition.ROOM, null, BadInputs.WHITESPACE)),
                        first.version()));
        assertThat(testData.runAs(participant, () -> preconditions.mine(courseId))
                        .answers())
                .doesNotContainKey(Precondition.ROOM);
        assertThat(blank.version()).isEqualTo(first.version() + 1);
    }
}
