package nl.pendel.homework;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The trainer's settings of one meeting's assignment.
 *
 * @param dueAt one deadline for everyone; null: the start of each subgroup's own session
 * @param reminderDays remind those who have not handed in, this many days before their deadline
 * @param version 0 before the first save
 */
public record AssignmentSettings(
        long meetingId,
        @Nullable LocalDateTime dueAt,
        @Nullable Integer reminderDays,
        long version) {

    public static final int REMINDER_DAYS_MAX = 14;
}
