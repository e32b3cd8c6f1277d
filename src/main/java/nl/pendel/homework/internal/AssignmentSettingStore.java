package nl.pendel.homework.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.shared.EditConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trainer's settings of each meeting's assignment (deadline and reminder), in plain SQL. */
@Component
public class AssignmentSettingStore {

    /** The trainer's settings of one meeting's assignment. */
    public record SettingRow(
            long meetingId,
            @Nullable LocalDateTime dueAt,
            @Nullable Integer reminderDays,
            long version) {}

    private final JdbcClient jdbc;

    AssignmentSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings of these meetings, meeting id → setting. */
    public Map<Long, SettingRow> settings(Collection<Long> meetingIds) {
        Map<Long, SettingRow> result = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select * from assignment_setting where meeting_id in (:ids)")
                .param("ids", meetingIds)
                .query(rs -> {
                    Timestamp due = rs.getTimestamp("due_at");
                    int days = rs.getInt("reminder_days");
                    Integer reminder = rs.wasNull() ? null : days;
                    result.put(
                            rs.getLong("meeting_id"),
                            new SettingRow(
                                    rs.getLong("meeting_id"),
                                    due == null ? null : due.toLocalDateTime(),
                                    reminder,
                                    rs.getLong("version")));
                });
        return result;
    }

    /** The courses with a homework reminder set on any meeting. */
    public List<Long> coursesWithReminders() {
        return jdbc.sql("select distinct course_id from assignment_setting where reminder_days is not null")
                .query(Long.class)
                .list();
    }

    public void saveSetting(
            long courseId,
            long meetingId,
            @Nullable LocalDateTime dueAt,
            @Nullable Integer reminderDays,
            long expectedVersion) {
        int updated = jdbc.sql("""
                        update assignment_setting set due_at = ?, reminder_days = ?, version = version + 1
                        where meeting_id = ? and version = ?""")
                .params(dueAt == null ? null : Timestamp.valueOf(dueAt), reminderDays, meetingId, expectedVersion)
                .update();
        if (updated > 0) {
            return;
        }
        boolean exists = jdbc.sql("select count(*) from assignment_setting where meeting_id = ?")
                        .params(meetingId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists || expectedVersion != 0) {
            throw new EditConflictException();
        }
        jdbc.sql("""
                        insert into assignment_setting (meeting_id, course_id, due_at, reminder_days, version)
                        values (?, ?, ?, ?, 1)""")
                .params(meetingId, courseId, dueAt == null ? null : Timestamp.valueOf(dueAt), reminderDays)
                .update();
    }
}
