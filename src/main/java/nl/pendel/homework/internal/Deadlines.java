package nl.pendel.homework.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.pendel.homework.internal.AssignmentSettingStore.SettingRow;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import org.jspecify.annotations.Nullable;

/**
 * When homework is due: at the start of the participant's own session of the meeting (so each
 * subgroup has its own deadline), unless the trainer set one deadline for the meeting. The
 * completion figures, the trainer's overview and the reminders all count by this rule.
 */
public final class Deadlines {

    private final List<SessionView> sessions;
    private final Map<Long, SettingRow> settings;

    public Deadlines(List<SessionView> sessions, Map<Long, SettingRow> settings) {
        this.sessions = List.copyOf(sessions);
        this.settings = Map.copyOf(settings);
    }

    /** The subgroup's session of the meeting; a planned one before a cancelled one. */
    public @Nullable SessionView session(long meetingId, @Nullable Long subgroupId) {
        if (subgroupId == null) {
            return null;
        }
        return sessions.stream()
                .filter(s -> s.meetingId() == meetingId && s.subgroupId() == subgroupId)
                .min(Comparator.comparing((SessionView s) -> s.status() == SessionStatus.CANCELLED))
                .orElse(null);
    }

    public @Nullable LocalDateTime sessionStart(long meetingId, @Nullable Long subgroupId) {
        SessionView session = session(meetingId, subgroupId);
        return session == null ? null : session.date().atTime(session.start());
    }

    public @Nullable LocalDateTime dueAt(long meetingId, @Nullable Long subgroupId) {
        SettingRow setting = settings.get(meetingId);
        if (setting != null && setting.dueAt() != null) {
            return setting.dueAt();
        }
        return sessionStart(meetingId, subgroupId);
    }

    public @Nullable SettingRow setting(long meetingId) {
        return settings.get(meetingId);
    }

    /** Whether the deadline has passed at {@code now}; never when there is no deadline. */
    public boolean passed(long meetingId, @Nullable Long subgroupId, LocalDateTime now) {
        LocalDateTime due = dueAt(meetingId, subgroupId);
        return due != null && !now.isBefore(due);
    }
}
