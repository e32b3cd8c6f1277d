package nl.pendel.lookback.internal;

import java.time.Instant;
import java.util.Map;
import nl.pendel.shared.EditConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes look-backs: {@code look_back_response} (one per session and person, with its version)
 * and {@code look_back_answer} (one row per question answered). Texts arrive checked.
 */
@Repository
public class LookBackStore {

    /** Where the response belongs and who gives it. */
    public record Respondent(long sessionId, long courseId, long subgroupId, long personId) {}

    /** One answer: a rating or a text. */
    public record Answer(@Nullable Integer rating, String text) {}

    private final JdbcClient jdbc;

    LookBackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the person's look-back on the session, replacing the one at {@code expectedVersion}
     * (0: none yet).
     *
     * @param score the session's score (the first rating question's answer), for the figures
     * @throws EditConflictException when it was saved elsewhere in the meantime
     */
    public void save(
            Respondent who,
            boolean signed,
            long questionnaireVersionId,
            @Nullable Integer score,
            Map<String, Answer> answers,
            long expectedVersion,
            Instant now) {
        long responseId;
        if (expectedVersion == 0) {
            KeyHolder keys = new GeneratedKeyHolder();
            try {
                jdbc.sql("""
                                insert into look_back_response (session_id, course_id, subgroup_id, person_id, signed,
                                  questionnaire_version_id, rating, answered_at, version)
                                values (?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                        .params(
                                who.sessionId(),
                                who.courseId(),
                                who.subgroupId(),
                                who.personId(),
                                signed,
                                questionnaireVersionId,
                                score,
                                now)
                        .update(keys, "id");
            } catch (DuplicateKeyException e) {
                throw new EditConflictException();
            }
            responseId = keys.getKey().longValue();
        } else {
            int updated = jdbc.sql("""
                            update look_back_response set signed = ?, questionnaire_version_id = ?, rating = ?,
                              answered_at = ?, version = version + 1
                            where session_id = ? and person_id = ? and version = ?""")
                    .params(
                            signed,
                            questionnaireVersionId,
                            score,
                            now,
                            who.sessionId(),
                            who.personId(),
                            expectedVersion)
                    .update();
            if (updated == 0) {
                throw new EditConflictException();
            }
            responseId = jdbc.sql("select id from look_back_response where session_id = ? and person_id = ?")
                    .params(who.sessionId(), who.personId())
                    .query(Long.class)
                    .single();
            jdbc.sql("delete from look_back_answer where response_id = ?")
                    .param(responseId)
                    .update();
        }
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            jdbc.sql("insert into look_back_answer (response_id, question_key, rating, text) values (?, ?, ?, ?)")
                    .params(
                            responseId,
                            answer.getKey(),
                            answer.getValue().rating(),
                            answer.getValue().text())
                    .update();
        }
    }
}
