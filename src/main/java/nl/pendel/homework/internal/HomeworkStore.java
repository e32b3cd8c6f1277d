package nl.pendel.homework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.Outcome;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.StorableText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The homework rows, versions handed in, feedback and caseload themes, in plain SQL (attachments:
 * {@link HomeworkFileStore}; deadlines: {@link AssignmentSettingStore}): every read takes a whole
 * meeting or a set of ids at once, so a screen costs the same number of statements however many
 * participants a course has.
 */
@Component
public class HomeworkStore {

    /** A participant's homework row. */
    public record Row(
            long id,
            long courseId,
            long meetingId,
            long personId,
            String draft,
            @Nullable Instant draftSavedAt,
            HomeworkState state,
            long version) {}

    /** A version handed in, without its files and feedback. */
    public record SubmissionRow(
            long id,
            long homeworkId,
            int number,
            String body,
            Instant submittedAt,
            boolean late,
            @Nullable Instant withdrawnAt) {}

    /** Feedback with the trainer's id and the judgement given with it (null: none). */
    public record FeedbackRow(
            long id,
            long submissionId,
            long trainerId,
            String body,
            Instant givenAt,
            @Nullable Outcome outcome) {}

    private final JdbcClient jdbc;

    HomeworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(long meetingId, long personId) {
        return jdbc.sql("select * from homework where meeting_id = ? and person_id = ?")
                .params(meetingId, personId)
                .query(HomeworkStore::row)
                .optional();
    }

    public Optional<Row> findForUpdate(long meetingId, long personId) {
        return jdbc.sql("select * from homework where meeting_id = ? and person_id = ? for update")
                .params(meetingId, personId)
                .query(HomeworkStore::row)
                .optional();
    }

    public Optional<Row> byId(long id) {
        return jdbc.sql("select * from homework where id = ?")
                .params(id)
                .query(HomeworkStore::row)
                .optional();
    }

    public List<Row> ofCourse(long courseId) {
        return jdbc.sql("select * from homework where course_id = ?")
                .params(courseId)
                .query(HomeworkStore::row)
                .list();
    }

    public List<Row> ofPerson(long personId) {
        return jdbc.sql("select * from homework where person_id = ?")
                .params(personId)
                .query(HomeworkStore::row)
                .list();
    }

    /** Creates the row when missing (a concurrent first save by the same person is harmless). */
    public Row ensure(long courseId, long meetingId, long personId) {
        jdbc.sql("""
                        insert into homework (course_id, meeting_id, person_id, draft_text)
                        values (?, ?, ?, '') on duplicate key update id = id""").params(courseId, meetingId, personId).update();
        return findForUpdate(meetingId, personId).orElseThrow();
    }

    /**
     * Stores the draft when the version is still the one the writer started from; a draft holding
     * a BSN or IBAN is refused and the stored draft stays as it was.
     */
    public long saveDraft(long id, long expectedVersion, String text, Instant now) {
        StorableText.check(text);
        int updated = jdbc.sql("""
                        update homework set draft_text = ?, draft_saved_at = ?, version = version + 1
                        where id = ? and version = ? and state = 'DRAFT'""")
                .params(text, Timestamp.from(now), id, expectedVersion)
                .update();
        if (updated == 0) {
            throw new EditConflictException();
        }
        return expectedVersion + 1;
    }

    public void changeState(long id, HomeworkState state) {
        jdbc.sql("update homework set state = ?, version = version + 1 where id = ?")
                .params(state.name(), id)
                .update();
    }

    // ---- submissions

    public SubmissionRow submit(long homeworkId, String body, boolean late, int confirmed, Instant now) {
        StorableText.check(body);
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from homework_submission where homework_id = ?")
                .params(homeworkId)
                .query(Integer.class)
                .single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into homework_submission (homework_id, number, body, submitted_at, late, confirmed_findings)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(homeworkId, number, body, Timestamp.from(now), late, confirmed)
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("""
                        insert into homework_submission_file (submission_id, file_id)
                        select ?, id from homework_file where homework_id = ? and removed_at is null""").params(id, homeworkId).update();
        return new SubmissionRow(id, homeworkId, number, body, now, late, null);
    }

    public void withdraw(long homeworkId, Instant now) {
        jdbc.sql("""
                        update homework_submission set withdrawn_at = ?
                        where homework_id = ? and withdrawn_at is null""").params(Timestamp.from(now), homeworkId).update();
    }

    /** All versions of these homework rows, newest first per row, by homework id. */
    public Map<Long, List<SubmissionRow>> submissions(Collection<Long> homeworkIds) {
        Map<Long, List<SubmissionRow>> result = new HashMap<>();
        if (homeworkIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select * from homework_submission where homework_id in (:ids) order by homework_id, number desc")
                .param("ids", homeworkIds)
                .query(rs -> {
                    SubmissionRow row = submission(rs);
                    result.computeIfAbsent(row.homeworkId(), k -> new ArrayList<>())
                            .add(row);
                });
        return result;
    }

    public Optional<SubmissionRow> submission(long submissionId) {
        return jdbc.sql("select * from homework_submission where id = ?")
                .params(submissionId)
                .query((rs, n) -> submission(rs))
                .optional();
    }

    // ---- feedback

    public long addFeedback(long submissionId, long trainerId, String body, @Nullable Outcome outcome, Instant now) {
        StorableText.check(body);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into homework_feedback (submission_id, trainer_id, body, given_at, outcome)
                        values (?, ?, ?, ?, ?)""")
                .params(submissionId, trainerId, body, Timestamp.from(now), outcome == null ? null : outcome.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Feedback on these versions, oldest first, by submission id. */
    public Map<Long, List<FeedbackRow>> feedback(Collection<Long> submissionIds) {
        Map<Long, List<FeedbackRow>> result = new HashMap<>();
        if (submissionIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select * from homework_feedback where submission_id in (:ids) order by given_at, id")
                .param("ids", submissionIds)
                .query(rs -> {
                    FeedbackRow row = feedbackRow(rs);
                    result.computeIfAbsent(row.submissionId(), k -> new ArrayList<>())
                            .add(row);
                });
        return result;
    }

    public Optional<FeedbackRow> feedbackById(long id) {
        return jdbc.sql("select * from homework_feedback where id = ?")
                .params(id)
                .query((rs, n) -> feedbackRow(rs))
                .optional();
    }

    // ---- themes

    public void replaceThemes(long homeworkId, List<ThemeAnswer> themes) {
        StorableText.checkAll(themes.stream().map(ThemeAnswer::ownLabel).toList());
        jdbc.sql("delete from homework_theme where homework_id = ?")
                .params(homeworkId)
                .update();
        int position = 0;
        for (ThemeAnswer theme : themes) {
            jdbc.sql("""
                            insert into homework_theme (homework_id, position, theme_key, own_label, cases)
                            values (?, ?, ?, ?, ?)""")
                    .params(homeworkId, position++, theme.themeKey(), theme.ownLabel(), theme.cases())
                    .update();
        }
    }

    /** The themes of these homework rows, in their order, by homework id. */
    public Map<Long, List<ThemeAnswer>> themes(Collection<Long> homeworkIds) {
        Map<Long, List<ThemeAnswer>> result = new HashMap<>();
        if (homeworkIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select * from homework_theme where homework_id in (:ids) order by homework_id, position")
                .param("ids", homeworkIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("homework_id"), k -> new ArrayList<>())
                            .add(theme(rs));
                });
        return result;
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getLong("meeting_id"),
                rs.getLong("person_id"),
                rs.getString("draft_text"),
                instant(rs, "draft_saved_at"),
                HomeworkState.valueOf(rs.getString("state")),
                rs.getLong("version"));
    }

    static SubmissionRow submission(ResultSet rs) throws SQLException {
        return new SubmissionRow(
                rs.getLong("id"),
                rs.getLong("homework_id"),
                rs.getInt("number"),
                rs.getString("body"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getBoolean("late"),
                instant(rs, "withdrawn_at"));
    }

    static FeedbackRow feedbackRow(ResultSet rs) throws SQLException {
        return new FeedbackRow(
                rs.getLong("id"),
                rs.getLong("submission_id"),
                rs.getLong("trainer_id"),
                rs.getString("body"),
                rs.getTimestamp("given_at").toInstant(),
                Outcome.of(rs.getString("outcome")));
    }

    static ThemeAnswer theme(ResultSet rs) throws SQLException {
        return new ThemeAnswer(rs.getString("theme_key"), rs.getString("own_label"), rs.getInt("cases"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
