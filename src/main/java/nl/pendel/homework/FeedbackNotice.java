package nl.pendel.homework;

/** What a participant is told when a trainer gave feedback on their homework. */
public record FeedbackNotice(
        long courseId,
        String courseTitle,
        long meetingId,
        int meetingPosition,
        String meetingTitle,
        String assignmentTitle,
        String trainerName,
        String feedback,
        @org.jspecify.annotations.Nullable Outcome outcome) {}
