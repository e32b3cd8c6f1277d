package nl.pendel.homework;

import java.time.LocalDateTime;

/** A participant who has not handed in a meeting's homework, and when it is due. */
public record HomeworkReminder(
        long courseId,
        String courseTitle,
        long meetingId,
        int meetingPosition,
        String meetingTitle,
        String assignmentTitle,
        long personId,
        LocalDateTime dueAt) {}
