package nl.pendel.homework;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One meeting's preparation assignment as it applies to one participant: their deadline (the start
 * of their own session unless the trainer set another) and where their work stands.
 *
 * @param dueAt null when there is no session for their subgroup yet and no deadline was set
 * @param late handed in after the deadline
 */
public record Assignment(
        long courseId,
        String courseTitle,
        long meetingId,
        int meetingPosition,
        String meetingTitle,
        String title,
        String instructions,
        boolean asksCaseloadThemes,
        @Nullable LocalDateTime dueAt,
        @Nullable LocalDateTime sessionStart,
        HomeworkState state,
        boolean late,
        int feedbackCount) {

    /** The instructions rendered from Markdown, sanitised. */
    public String instructionsHtml() {
        return nl.pendel.shared.Markdown.toHtml(instructions);
    }
}
