package nl.pendel.homework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.homework.HomeworkFile;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.Outcome;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.homework.internal.HomeworkStore.FeedbackRow;
import nl.pendel.homework.internal.HomeworkStore.Row;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import nl.pendel.shared.files.FileKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the homework screens show, each in one statement that joins or counts what belongs
 * together (a homework row with its themes, versions with their feedback, a meeting's progress
 * counted per row), so a screen reads each kind of thing once. Read only; no access checks here:
 * the services check role and course before they ask.
 */
@Component
public class HomeworkReads {

    private final JdbcClient jdbc;

    HomeworkReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A participant's homework row with its caseload themes, in their order. */
    public record Own(Row row, List<ThemeAnswer> themes) {}

    /** One participant's homework for one meeting with its themes, in one statement. */
    public Optional<Own> own(long meetingId, long personId) {
        Row[] row = new Row[1];
        List<ThemeAnswer> themes = new ArrayList<>();
        jdbc.sql("""
                        select h.*, t.theme_key, t.own_label, t.cases
                        from homework h left join homework_theme t on t.homework_id = h.id
                        where h.meeting_id = ? and h.person_id = ? order by t.position""").params(meetingId, personId).query(rs -> {
            if (row[0] == null) {
                row[0] = HomeworkStore.row(rs, 0);
            }
            if (rs.getObject("cases") != null) {
                themes.add(HomeworkStore.theme(rs));
            }
        });
        return Optional.ofNullable(row[0]).map(r -> new Own(r, themes));
    }

    /**
     * How far each participant got with one meeting's homework, for the trainer's overview:
     * counted in the database, one row per homework row, however many versions and replies.
     *
     * @param versions versions handed in (withdrawn ones too)
     * @param feedback replies on all of them
     * @param lastSubmittedAt when the newest version was handed in; null without versions
     * @param lastLate whether the newest version was late
     * @param outcome the newest judgement given with feedback; null without one
     */
    public record Progress(
            long homeworkId,
            long personId,
            HomeworkState state,
            int versions,
            int feedback,
            @Nullable Instant lastSubmittedAt,
            boolean lastLate,
            @Nullable Outcome outcome) {}

    /** The progress of everyone's homework for one meeting, in one statement. */
    public List<Progress> progress(long meetingId) {
        return jdbc.sql("""
                        select h.id, h.person_id, h.state,
                               (select count(*) from homework_submission s where s.homework_id = h.id) as versions,
                               (select count(*) from homework_feedback f
                                  join homework_submission s on s.id = f.submission_id
                                where s.homework_id = h.id) as feedback,
                               l.submitted_at, l.late, """ + HomeworkFigureReads.OUTCOME + """
                        from homework h
                        left join homework_submission l on l.homework_id = h.id
                             and l.number = (select max(n.number) from homework_submission n where n.homework_id = h.id)
                        where h.meeting_id = ?""")
                .params(meetingId)
                .query((rs, n) -> new Progress(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        HomeworkState.valueOf(rs.getString("state")),
                        rs.getInt("versions"),
                        rs.getInt("feedback"),
                        HomeworkStore.instant(rs, "submitted_at"),
                        rs.getBoolean("late"),
                        Outcome.of(rs.getString("outcome"))))
                .list();
    }

    /** A homework row handed in, with its caseload themes (empty when it has none). */
    public record HandedInThemes(long homeworkId, long personId, List<ThemeAnswer> themes) {}

    /** The themes of everyone's homework handed in for one meeting, in one statement (the needs board). */
    public List<HandedInThemes> handedInThemes(long meetingId) {
        Map<Long, HandedInThemes> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select h.id, h.person_id, t.theme_key, t.own_label, t.cases
                        from homework h left join homework_theme t on t.homework_id = h.id
                        where h.meeting_id = ? and h.state = 'SUBMITTED' order by h.id, t.position""").params(meetingId).query(rs -> {
            long personId = rs.getLong("person_id");
            HandedInThemes row =
                    result.computeIfAbsent(rs.getLong("id"), id -> new HandedInThemes(id, personId, new ArrayList<>()));
            if (rs.getObject("cases") != null) {
                row.themes().add(HomeworkStore.theme(rs));
            }
        });
        return List.copyOf(result.values());
    }

    /** A version with the feedback on it, oldest first. */
    public record Version(SubmissionRow submission, List<FeedbackRow> feedback) {}

    /** Every version of these homework rows with its feedback, newest first per row, in one statement. */
    public Map<Long, List<Version>> versions(Collection<Long> homeworkIds) {
        Map<Long, List<Version>> result = new HashMap<>();
        if (homeworkIds.isEmpty()) {
            return result;
        }
        Map<Long, Version> versions = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.*, f.id as feedback_id, f.trainer_id, f.body as feedback_body, f.given_at, f.outcome
                        from homework_submission s left join homework_feedback f on f.submission_id = s.id
                        where s.homework_id in (:ids)
                        order by s.homework_id, s.number desc, f.given_at, f.id""").param("ids", homeworkIds).query(rs -> {
            addVersion(rs, versions);
        });
        versions.values().forEach(v -> result.computeIfAbsent(v.submission().homeworkId(), k -> new ArrayList<>())
                .add(v));
        return result;
    }

    /** A homework row handed in with its current (newest) version. */
    public record HandedIn(long homeworkId, long personId, Version current) {}

    /**
     * The homework these people handed in for one meeting, each with its current version and
     * the feedback on it, in one statement; rows not handed in are left out.
     */
    public List<HandedIn> handedIn(long meetingId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Version> versions = new LinkedHashMap<>();
        Map<Long, Long> people = new HashMap<>();
        jdbc.sql("""
                        select s.*, f.id as feedback_id, f.trainer_id, f.body as feedback_body, f.given_at, f.outcome, h.person_id
                        from homework h
                        join homework_submission s on s.homework_id = h.id
                        left join homework_feedback f on f.submission_id = s.id
                        where h.meeting_id = :meeting and h.state = 'SUBMITTED' and h.person_id in (:people)
                          and s.number = (select max(n.number) from homework_submission n where n.homework_id = h.id)
                        order by h.id, f.given_at, f.id""").param("meeting", meetingId).param("people", personIds).query(rs -> {
            addVersion(rs, versions);
            people.put(rs.getLong("homework_id"), rs.getLong("person_id"));
        });
        return versions.values().stream()
                .map(v -> new HandedIn(
                        v.submission().homeworkId(), people.get(v.submission().homeworkId()), v))
                .toList();
    }

    /** A homework row handed in with its current version's text and files, without feedback. */
    public record SharedWork(long personId, SubmissionRow current, List<HomeworkFile> files) {}

    /**
     * The homework these people handed in for one meeting, each with its current version and that
     * version's files, in one statement: what subgroup members read of each other (no feedback).
     */
    public List<SharedWork> sharedWork(long meetingId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<Long, SharedWork> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.*, h.person_id, f.id as file_id, f.file_name, f.kind, f.size_bytes
                        from homework h
                        join homework_submission s on s.homework_id = h.id
                        left join homework_submission_file sf on sf.submission_id = s.id
                        left join homework_file f on f.id = sf.file_id
                        where h.meeting_id = :meeting and h.state = 'SUBMITTED' and h.person_id in (:people)
                          and s.number = (select max(n.number) from homework_submission n where n.homework_id = h.id)
                        order by h.id, f.id""").param("meeting", meetingId).param("people", personIds).query(rs -> {
            SharedWork work = result.get(rs.getLong("id"));
            if (work == null) {
                work = new SharedWork(rs.getLong("person_id"), HomeworkStore.submission(rs), new ArrayList<>());
                result.put(work.current().id(), work);
            }
            long fileId = rs.getLong("file_id");
            if (!rs.wasNull()) {
                work.files()
                        .add(new HomeworkFile(
                                fileId,
                                rs.getString("file_name"),
                                FileKind.valueOf(rs.getString("kind")),
                                rs.getLong("size_bytes")));
            }
        });
        return List.copyOf(result.values());
    }

    /**
     * Adds the version of this result row (a version joined with its feedback: once) and the
     * feedback the row carries (if any).
     */
    private static void addVersion(ResultSet rs, Map<Long, Version> versions) throws SQLException {
        long id = rs.getLong("id");
        Version version = versions.get(id);
        if (version == null) {
            version = new Version(HomeworkStore.submission(rs), new ArrayList<>());
            versions.put(id, version);
        }
        long feedbackId = rs.getLong("feedback_id");
        if (!rs.wasNull()) {
            version.feedback()
                    .add(new FeedbackRow(
                            feedbackId,
                            id,
                            rs.getLong("trainer_id"),
                            rs.getString("feedback_body"),
                            rs.getTimestamp("given_at").toInstant(),
                            Outcome.of(rs.getString("outcome"))));
        }
    }

    /**
     * The files of one homework row: those still attached to its draft, and those of each
     * version handed in, by submission id.
     */
    public record Files(List<HomeworkFile> attached, Map<Long, List<HomeworkFile>> bySubmission) {}

    /** The files of one homework row, attached and handed in, in one statement. */
    public Files files(long homeworkId) {
        Map<Long, HomeworkFile> attached = new LinkedHashMap<>();
        Map<Long, List<HomeworkFile>> bySubmission = new HashMap<>();
        jdbc.sql("""
                        select f.id, f.file_name, f.kind, f.size_bytes, f.removed_at, sf.submission_id
                        from homework_file f left join homework_submission_file sf on sf.file_id = f.id
                        where f.homework_id = ? and (f.removed_at is null or sf.submission_id is not null)
                        order by f.id""").params(homeworkId).query(rs -> {
            HomeworkFile file = HomeworkFileStore.file(rs);
            if (rs.getTimestamp("removed_at") == null) {
                attached.putIfAbsent(file.id(), file);
            }
            long submissionId = rs.getLong("submission_id");
            if (!rs.wasNull()) {
                bySubmission
                        .computeIfAbsent(submissionId, k -> new ArrayList<>())
                        .add(file);
            }
        });
        return new Files(List.copyOf(attached.values()), bySubmission);
    }
}
