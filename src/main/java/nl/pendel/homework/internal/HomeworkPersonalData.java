package nl.pendel.homework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.homework.HomeworkState;
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

    private static final String OF_PERSON = "h.person_id = ?";
    private static final String OF_EXPIRED_COURSES =
            "h.course_id in (select c.id from course c where c.status = 'CLOSED' and c.ends_on < ?)";

    private final JdbcClient jdbc;

    HomeworkPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "homework";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> homework = Rows.list(jdbc, """
                select h.id, h.course_id, m.title as meeting, h.state, h.draft_text, h.draft_saved_at
                from homework h join course_meeting m on m.id = h.meeting_id
                where h.person_id = ? order by h.course_id, m.position""", personId);
        labels.label(homework, "state", HomeworkState.class, HomeworkState::translationKey);
        Map<Object, List<Map<String, Object>>> submissions = byHomework(Rows.list(jdbc, """
                select s.homework_id, s.id, s.number, s.body, s.submitted_at, s.late, s.withdrawn_at,
                       (select group_concat(sf.file_id order by sf.file_id) from homework_submission_file sf
                        where sf.submission_id = s.id) as file_ids
                from homework_submission s join homework h on h.id = s.homework_id
                where h.person_id = ? order by s.homework_id, s.number""", personId));
        Map<Object, List<Map<String, Object>>> feedback = new LinkedHashMap<>();
        for (Map<String, Object> row : Rows.list(jdbc, """
                select f.submission_id, p.display_name as trainer, f.body, f.given_at
                from homework_feedback f
                join homework_submission s on s.id = f.submission_id
                join homework h on h.id = s.homework_id
                join person p on p.id = f.trainer_id
                where h.person_id = ? order by f.given_at""", personId)) {
            feedback.computeIfAbsent(row.remove("submission_id"), k -> new ArrayList<>())
                    .add(row);
        }
        Map<Object, List<Map<String, Object>>> files = byHomework(Rows.list(jdbc, """
                select f.homework_id, f.id, f.file_name, f.kind, f.size_bytes, f.sha256, f.added_at, f.removed_at
                from homework_file f join homework h on h.id = f.homework_id
                where h.person_id = ? order by f.id""", personId));
        files.forEach((homeworkId, list) -> {
            list.forEach(f -> f.put("path", path(homeworkId, f.get("id"), f.get("file_name"))));
            labels.label(list, "kind", FileKind.class, FileKind::translationKey);
        });
        Map<Object, List<Map<String, Object>>> themes = byHomework(Rows.list(jdbc, """
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

    @Override
    public List<ExportFile> files(long personId) {
        return jdbc.sql("""
                        select f.homework_id, f.id, f.file_name, f.content
                        from homework_file f join homework h on h.id = f.homework_id
                        where h.person_id = ? order by f.id""")
                .param(personId)
                .query((rs, n) -> new ExportFile(path(rs.getLong(1), rs.getLong(2), rs.getString(3)), rs.getBytes(4)))
                .list();
    }

    @Override
    public int erase(long personId) {
        return clear(OF_PERSON, personId);
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(
                new RetentionRule("homework", Period.ofMonths(12), cutoff -> clear(OF_EXPIRED_COURSES, day(cutoff))));
    }

    /** Deletes the texts, attachments, feedback and own theme names of the homework matched. */
    private int clear(String which, Object param) {
        int rows = 0;
        rows += jdbc.sql("delete f from homework_feedback f join homework_submission s on s.id = f.submission_id"
                        + " join homework h on h.id = s.homework_id where " + which)
                .param(param)
                .update();
        rows += jdbc.sql(
                        "delete sf from homework_submission_file sf join homework_submission s on s.id = sf.submission_id"
                                + " join homework h on h.id = s.homework_id where " + which)
                .param(param)
                .update();
        rows += jdbc.sql("delete f from homework_file f join homework h on h.id = f.homework_id where " + which)
                .param(param)
                .update();
        rows += jdbc.sql("update homework_submission s join homework h on h.id = s.homework_id set s.body = ''"
                        + " where s.body <> '' and " + which)
                .param(param)
                .update();
        rows += jdbc.sql("delete t from homework_theme t join homework h on h.id = t.homework_id"
                        + " where t.theme_key is null and " + which)
                .param(param)
                .update();
        rows += jdbc.sql("update homework_theme t join homework h on h.id = t.homework_id set t.own_label = null"
                        + " where t.own_label is not null and " + which)
                .param(param)
                .update();
        rows += jdbc.sql("update homework h set h.draft_text = '', h.draft_saved_at = null"
                        + " where (h.draft_text <> '' or h.draft_saved_at is not null) and " + which)
                .param(param)
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
