package nl.pendel.attendance.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.pendel.attendance.AttendanceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The attendance table: what is recorded per session and person. No access checks here: the
 * services check role and course before they ask.
 */
@Component
public class AttendanceStore {

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is recorded for one person at one session. */
    public record Recorded(long sessionId, long personId, AttendanceStatus status, String note, boolean catchUp) {}

    /** What is recorded for these sessions, in one statement. */
    public List<Recorded> ofSessions(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select session_id, person_id, status, note, catch_up from attendance
                        where session_id in (:ids)""").param("ids", sessionIds).query(Recorded.class).list();
    }

    /** Records (or changes) one person's attendance at one session. */
    public void record(Recorded recorded, long recordedBy, Instant at) {
        int updated = jdbc.sql("""
                        update attendance set status = ?, note = ?, catch_up = ?, recorded_by = ?, recorded_at = ?,
                               version = version + 1
                        where session_id = ? and person_id = ?""")
                .params(
                        recorded.status().name(),
                        recorded.note(),
                        recorded.catchUp(),
                        recordedBy,
                        at,
                        recorded.sessionId(),
                        recorded.personId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into attendance (session_id, person_id, status, note, catch_up, recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            recorded.sessionId(),
                            recorded.personId(),
                            recorded.status().name(),
                            recorded.note(),
                            recorded.catchUp(),
                            recordedBy,
                            at)
                    .update();
        }
    }

    /** Removes what is recorded for these sessions. */
    public void deleteForSessions(Collection<Long> sessionIds) {
        if (!sessionIds.isEmpty()) {
            jdbc.sql("delete from attendance where session_id in (:ids)")
                    .param("ids", sessionIds)
                    .update();
        }
    }
}
