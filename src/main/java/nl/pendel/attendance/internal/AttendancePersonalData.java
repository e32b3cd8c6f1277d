package nl.pendel.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's attendance per session. Erasure and retention clear the trainer's note; the status
 * stays, so attendance figures and contact hours still count.
 */
@Component
class AttendancePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AttendancePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "attendance";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        return labels.label(
                Rows.list(jdbc, """
                select s.course_id, m.title as meeting, s.session_date, s.start_time, s.end_time,
                       a.status, a.note, a.catch_up, a.recorded_at
                from attendance a
                join course_session s on s.id = a.session_id
                join course_meeting m on m.id = s.meeting_id
                where a.person_id = ?
                order by s.session_date, s.start_time""", personId), "status", AttendanceStatus.class, AttendanceStatus::translationKey);
    }

    @Override
    public int erase(long personId) {
        return jdbc.sql("update attendance set note = '' where person_id = ? and note <> ''")
                .param(personId)
                .update();
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(new RetentionRule("attendance-notes", Period.ofMonths(12), this::clearNotesBefore));
    }

    /** Notes on attendance in courses closed and ended before the cut-off. */
    private int clearNotesBefore(Instant cutoff) {
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneId.of("Europe/Amsterdam"));
        return jdbc.sql("""
                        update attendance a
                        join course_session s on s.id = a.session_id
                        join course c on c.id = s.course_id
                        set a.note = ''
                        where a.note <> '' and c.status = 'CLOSED' and c.ends_on < ?""").param(day).update();
    }
}
