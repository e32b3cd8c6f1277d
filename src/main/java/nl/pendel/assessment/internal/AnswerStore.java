package nl.pendel.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One participant's self-assessment at one moment ({@code self_assessment} with its ratings,
 * goals and goal reviews): read, stored as a draft, submitted and opened again. No access checks
 * here: the services check the participant and the course before they ask.
 */
@Component
public class AnswerStore {

    private final JdbcClient jdbc;

    AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored self-assessment, without its ratings and goals. */
    public record Row(
            long id,
            boolean submitted,
            String mastered,
            String development,
            @Nullable Instant savedAt,
            long version,
            boolean sharedWithLead) {}

    /** The person's self-assessment at this moment, if they saved one. */
    public Optional<Row> row(long momentId, long personId) {
        return jdbc.sql("""
                        select id, state, mastered, development, saved_at, version, shared_with_lead
                        from self_assessment where moment_id = ? and person_id = ?""")
                .params(momentId, personId)
                .query((rs, n) -> {
                    Timestamp saved = rs.getTimestamp("saved_at");
                    return new Row(
                            rs.getLong("id"),
                            "SUBMITTED".equals(rs.getString("state")),
                            rs.getString("mastered"),
                            rs.getString("development"),
                            saved == null ? null : saved.toInstant(),
                            rs.getLong("version"),
                            rs.getBoolean("shared_with_lead"));
                })
                .optional();
    }

    /** The person's self-assessment at this moment, made empty when there is none yet; its id. */
    public long ensure(long momentId, long personId) {
        jdbc.sql("""
                        insert into self_assessment (moment_id, person_id, mastered, development)
                        values (?, ?, '', '') on duplicate key update id = id""").params(momentId, personId).update();
        return row(momentId, personId).orElseThrow().id();
    }

    /** The ratings, goals and goal progress of a self-assessment, with these texts. */
    public AssessmentDraft answers(long assessmentId, String mastered, String development) {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        jdbc.sql("select indicator_id, level_value from self_assessment_rating where assessment_id = ?")
                .params(assessmentId)
                .query(rs -> {
                    ratings.put(rs.getLong("indicator_id"), rs.getInt("level_value"));
                });
        List<String> goals = jdbc.sql("select text from development_goal where assessment_id = ? order by position")
                .params(assessmentId)
                .query(String.class)
                .list();
        Map<Integer, Integer> progress = new HashMap<>();
        jdbc.sql("select goal_position, progress from goal_review where assessment_id = ?")
                .params(assessmentId)
                .query(rs -> {
                    progress.put(rs.getInt("goal_position"), rs.getInt("progress"));
                });
        return new AssessmentDraft(ratings, mastered, development, goals, progress);
    }

    /**
     * Stores the draft's texts, if the version is still this one.
     *
     * @return whether it was stored (false: changed in the meantime)
     */
    public boolean saveTexts(long id, AssessmentDraft draft, Instant savedAt, long expectedVersion) {
        return jdbc.sql("""
                        update self_assessment set mastered = ?, development = ?, saved_at = ?, version = version + 1
                        where id = ? and version = ?""")
                        .params(
                                draft.mastered().strip(),
                                draft.development().strip(),
                                Timestamp.from(savedAt),
                                id,
                                expectedVersion)
                        .update()
                > 0;
    }

    /**
     * Replaces the ratings, goals (the non-blank ones, stripped) and the progress on the goals of
     * the earlier self-assessment {@code earlierId}.
     */
    public void replaceAnswers(long id, AssessmentDraft draft, @Nullable Long earlierId) {
        jdbc.sql("delete from self_assessment_rating where assessment_id = ?")
                .params(id)
                .update();
        draft.ratings().forEach((indicatorId, level) -> jdbc.sql(
                        "insert into self_assessment_rating (assessment_id, indicator_id, level_value) values (?, ?, ?)")
                .params(id, indicatorId, level)
                .update());
        jdbc.sql("delete from development_goal where assessment_id = ?")
                .params(id)
                .update();
        List<String> goals = draft.goals().stream().filter(g -> !Texts.blank(g)).toList();
        for (int position = 0; position < goals.size(); position++) {
            jdbc.sql("insert into development_goal (assessment_id, position, text) values (?, ?, ?)")
                    .params(id, position, goals.get(position).strip())
                    .update();
        }
        jdbc.sql("delete from goal_review where assessment_id = ?").params(id).update();
        draft.goalProgress()
                .forEach((position, progress) ->
                        jdbc.sql("""
                                insert into goal_review (assessment_id, goal_assessment_id, goal_position, progress)
                                values (?, ?, ?, ?)""").params(id, earlierId, position, progress).update());
    }

    /** Marks the self-assessment submitted. */
    public void submit(long id, Instant at) {
        jdbc.sql("""
                        update self_assessment set state = 'SUBMITTED', submitted_at = ?, version = version + 1
                        where id = ?""").params(Timestamp.from(at), id).update();
    }

    /** Opens a submitted self-assessment again; false when it was not submitted. */
    public boolean reopen(long momentId, long personId) {
        return jdbc.sql("""
                        update self_assessment set state = 'DRAFT', version = version + 1
                        where moment_id = ? and person_id = ? and state = 'SUBMITTED'""").params(momentId, personId).update() > 0;
    }

    /**
     * Lets the lead read the free text of the person's self-assessment at this moment of this
     * course, or takes that back; false when there is none.
     */
    public boolean shareWithLead(long courseId, long momentId, long personId, boolean share) {
        return jdbc.sql("""
                        update self_assessment a join assessment_moment m on m.id = a.moment_id
                        set a.shared_with_lead = ?
                        where a.moment_id = ? and m.course_id = ? and a.person_id = ?""").params(share, momentId, courseId, personId).update() > 0;
    }
}
