package nl.pendel.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's attendance per session. Erasure and retention clear the trainer's note; the status
 * stays, so attendance figures and contact hours still count. The sessions and courses are asked
 * of their modules (as the system: this is work on the person's behalf, not a screen).
 */
@Component
class AttendancePersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final ScheduleService schedule;
    private final CourseService courses;

    AttendancePersonalData(JdbcClient jdbc, ScheduleService schedule, CourseService courses) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.courses = courses;
    }

    @Override
    public String part() {
        return "attendance";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        Map<Long, Map<String, Object>> recorded = jdbc.sql("""
                        select session_id, status, note, catch_up, recorded_at from attendance
                        where person_id = ?""").param(personId).query(Rows.asJson()).list().stream()
                .collect(Collectors.toMap(r -> ((Number) r.get("session_id")).longValue(), Function.identity()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SessionView s :
                SystemAuthentication.runAsAdministrator(() -> schedule.sessionsWithIds(recorded.keySet()))) {
            Map<String, Object> r = recorded.get(s.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("course_id", s.courseId());
            row.put("meeting", s.meetingTitle());
            row.put("session_date", s.date().toString());
            row.put("start_time", s.start().toString());
            row.put("end_time", s.end().toString());
            row.put("status", r.get("status"));
            row.put("note", r.get("note"));
            row.put("catch_up", r.get("catch_up"));
            row.put("recorded_at", r.get("recorded_at"));
            rows.add(row);
        }
        return labels.label(rows, "status", AttendanceStatus.class, AttendanceStatus::translationKey);
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
        List<Long> sessionIds = SystemAuthentication.runAsAdministrator(
                () -> schedule.sessionsOf(courses.closedEndedBefore(day)).values().stream()
                        .flatMap(List::stream)
                        .map(SessionView::id)
                        .toList());
        if (sessionIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update attendance set note = '' where note <> '' and session_id in (:ids)")
                .param("ids", sessionIds)
                .update();
    }
}
