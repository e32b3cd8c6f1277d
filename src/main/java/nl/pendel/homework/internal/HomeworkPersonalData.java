package nl.pendel.homework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.HomeworkState;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.files.FileKind;
import nl.pendel.shared.personaldata.ExportFile;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's homework: drafts, every handed-in version with the trainers' feedback, attachments
 * (also as files in the export) and caseload themes. Erasure and retention delete the texts,
 * attachments, feedback and own theme names; what stays is that something was handed in, when,
 * and whether late, and the counts per common theme, so the course's figures still add up.
 */
@Component
class HomeworkPersonalData implements PersonalData {

    private static final String OF_PERSON = "h.person_id = :which";
    private static final String OF_COURSES = "h.course_id in (:which)";

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final PersonService people;

    HomeworkPersonalData(JdbcClient jdbc, CourseService courses, PersonService people) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.people = people;
    }

    @Override
    public String part() {
        return "homework";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> homework = homework(personId);
        labels.label(homework, "state", HomeworkState.class, HomeworkState::translationKey);
        Map<Object, List<Map<String, Object>>> submissions = byHomework(query("""
                select s.homework_id, s.id, s.number, s.body, s.submitted_at, s.late, s.withdrawn_at,
                       (select group_concat(sf.file_id order by sf.file_id) from homework_submission_file sf
                        where sf.submission_id = s.id) as file_ids
                from homework_submission s join homework h on h.id = s.homework_id
                where h.person_id = ? order by s.homework_id, s.number""", personId));
        Map<Object, List<Map<String, Object>>> feedback = feedback(personId);
        Map<Object, List<Map<String, Object>>> files = byHomework(query("""
                select f.homework_id, f.id, f.file_name, f.kind, f.size_bytes, f.sha256, f.added_at, f.removed_at
                from homework_file f join homework h on h.id = f.homework_id
                where h.person_id = ? order by f.id""", personId));
        files.forEach((homeworkId, list) -> {
            list.forEach(f -> f.put("path", path(homeworkId, f.get("id"), f.get("file_name"))));
            labels.label(list, "kind", FileKind.class, FileKind::translationKey);
        });
        Map<Object, List<Map<String, Object>>> themes = byHomework(query("""
                select t.homework_id, t.position, t.theme_key, t.own_label, t.cases
                from homework_theme t join homework h on h.id = t.homework_id
                where h.person_id = ? order by t.homework_id, t.position""", personId));
        for (Map<String, Object> h : homework) {
            Object id = h.get("id");
            List<Map<String, Object>> versions = submissions.getOrDefault(id, List.of());
            versions.forEach(s -> s.put("feedback", feedback.getOrDefault(s.get("id"), List.of())));
            h.put("submissions", versions);
            h.put("attachments", files.getOrDefault(id, List.of()));
            h.put("caseload_themes", themes.getOrDefault(id, List.of()));
        }
        return homework;
    }

    /**
     * The person's homework rows, each with its meeting's title (from the course module), by course
     * and meeting in order.
     */
    private List<Map<String, Object>> homework(long personId) {
        List<Map<String, Object>> rows = query("""
                select h.id, h.course_id, h.meeting_id, h.state, h.draft_text, h.draft_saved_at
                from homework h where h.person_id = ?""", personId);
        Set<Long> meetingIds = rows.stream()
                .map(r -> ((Number) r.get("meeting_id")).longValue())
                .collect(Collectors.toSet());
        // the person's own homework: its meetings are read whatever the course's state now
        Map<Long, CourseDetails.Meeting> meetings =
                SystemAuthentication.runAsAdministrator(() -> courses.meetings(meetingIds));
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            CourseDetails.Meeting meeting = meetings.get(((Number) row.get("meeting_id")).longValue());
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("id", row.get("id"));
            h.put("course_id", row.get("course_id"));
            h.put("meeting", meeting == null ? null : meeting.title());
            h.put("state", row.get("state"));
            h.put("draft_text", row.get("draft_text"));
            h.put("draft_saved_at", row.get("draft_saved_at"));
            h.put("position", meeting == null ? Integer.MAX_VALUE : meeting.position());
            result.add(h);
        }
        result.sort(Comparator.comparingLong((Map<String, Object> h) -> ((Number) h.get("course_id")).longValue())
                .thenComparingInt(h -> (Integer) h.get("position")));
        result.forEach(h -> h.remove("position"));
        return result;
    }

    /** The feedback on the person's versions, by submission id, with the trainer's name (from the account module). */
    private Map<Object, List<Map<String, Object>>> feedback(long personId) {
        List<Map<String, Object>> rows = query("""
                select f.submission_id, f.trainer_id, f.body, f.given_at, f.outcome
                from homework_feedback f
                join homework_submission s on s.id = f.submission_id
                join homework h on h.id = s.homework_id
                where h.person_id = ? order by f.given_at""", personId);
        Set<Long> trainerIds = rows.stream()
                .map(r -> ((Number) r.get("trainer_id")).longValue())
                .collect(Collectors.toSet());
        Map<Long, String> names = SystemAuthentication.runAsAdministrator(() -> people.profiles(trainerIds)).stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        Map<Object, List<Map<String, Object>>> result = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("trainer", names.get(((Number) row.get("trainer_id")).longValue()));
            f.put("body", row.get("body"));
            f.put("outcome", row.get("outcome"));
            f.put("given_at", row.get("given_at"));
            result.computeIfAbsent(row.get("submission_id"), k -> new ArrayList<>())
                    .add(f);
        }
        return result;
    }

    private List<Map<String, Object>> query(String sql, long personId) {
        return jdbc.sql(sql).params(personId).query(Rows.asJson()).list();
    }

    @Override
    public List<ExportFile> files(long personId) {
        return jdbc.sql("""
                        select f.homework_id, f.id, f.file_name, f.content
                        from homework_file f join homework h on h.id = f.homework_id
                        where h.person_id = ? order by f.id""")
                .param(personId)
                .query((rs, n) -> new ExportFile(
                        path(rs.getLong("homework_id"), rs.getLong("id"), rs.getString("file_name")),
                        rs.getBytes("content")))
                .list();
    }

    @Override
    public int erase(long personId) {
        return clear(OF_PERSON, personId);
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(new RetentionRule("homework", Period.ofMonths(12), this::clearExpired));
    }

    /** The homework of courses closed and ended before the cut-off (which courses: the course module's). */
    private int clearExpired(Instant cutoff) {
        List<Long> expired = SystemAuthentication.runAsAdministrator(() -> courses.closedEndedBefore(day(cutoff)));
        return expired.isEmpty() ? 0 : clear(OF_COURSES, expired);
    }

    /** Deletes the texts, attachments, feedback and own theme names of the homework matched. */
    private int clear(String which, Object param) {
        int rows = 0;
        rows += jdbc.sql("delete f from homework_feedback f join homework_submission s on s.id = f.submission_id"
                        + " join homework h on h.id = s.homework_id where " + which)
                .param("which", param)
                .update();
        rows += jdbc.sql(
                        "delete sf from homework_submission_file sf join homework_submission s on s.id = sf.submission_id"
                                + " join homework h on h.id = s.homework_id where " + which)
                .param("which", param)
                .update();
        rows += jdbc.sql("delete f from homework_file f join homework h on h.id = f.homework_id where " + which)
                .param("which", param)
                .update();
        rows += jdbc.sql("update homework_submission s join homework h on h.id = s.homework_id set s.body = ''"
                        + " where s.body <> '' and " + which)
                .param("which", param)
                .update();
        rows += jdbc.sql("delete t from homework_theme t join homework h on h.id = t.homework_id"
                        + " where t.theme_key is null and " + which)
                .param("which", param)
                .update();
        rows += jdbc.sql("update homework_theme t join homework h on h.id = t.homework_id set t.own_label = null"
                        + " where t.own_label is not null and " + which)
                .param("which", param)
                .update();
        rows += jdbc.sql("update homework h set h.draft_text = '', h.draft_saved_at = null"
                        + " where (h.draft_text <> '' or h.draft_saved_at is not null) and " + which)
                .param("which", param)
                .update();
        return rows;
    }

    private static LocalDate day(Instant cutoff) {
        return LocalDate.ofInstant(cutoff, ZoneId.of("Europe/Amsterdam"));
    }

    /** Where an attachment lies in the ZIP; the name is the stored (already cleaned) file name. */
    private static String path(Object homeworkId, Object fileId, Object fileName) {
        String name = String.valueOf(fileName).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return "bijlagen/huiswerk-" + homeworkId + "/" + fileId + "-" + name;
    }

    private static Map<Object, List<Map<String, Object>>> byHomework(List<Map<String, Object>> rows) {
        Map<Object, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            grouped.computeIfAbsent(row.remove("homework_id"), k -> new ArrayList<>())
                    .add(row);
        }
        return grouped;
    }
}
