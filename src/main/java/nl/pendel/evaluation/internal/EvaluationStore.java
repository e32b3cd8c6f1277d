package nl.pendel.evaluation.internal;

import java.util.Map;
import java.util.UUID;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes course evaluations: the "has answered" flag per person ({@code course_evaluation_done})
 * and, apart from it, the anonymous response ({@code course_evaluation_response}, a random id, no
 * person, no time) with its answers. Nothing links the two. Texts arrive checked.
 */
@Repository
public class EvaluationStore {

    /** One answer: a rating or a text. */
    public record Answer(@Nullable Integer rating, String text) {}

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the person as having answered the course's evaluation and stores the answers without
     * them.
     *
     * @throws UserFacingException when the person answered before
     */
    public void answer(long courseId, long personId, long questionnaireVersionId, Map<String, Answer> answers) {
        try {
            jdbc.sql("insert into course_evaluation_done (course_id, person_id) values (?, ?)")
                    .params(courseId, personId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("evaluation.error.already");
        }
        String responseId = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into course_evaluation_response (id, course_id, questionnaire_version_id)
                        values (?, ?, ?)""").params(responseId, courseId, questionnaireVersionId).update();
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            jdbc.sql("""
                            insert into course_evaluation_answer (response_id, question_key, rating, text)
                            values (?, ?, ?, ?)""")
                    .params(
                            responseId,
                            answer.getKey(),
                            answer.getValue().rating(),
                            answer.getValue().text())
                    .update();
        }
    }
}
