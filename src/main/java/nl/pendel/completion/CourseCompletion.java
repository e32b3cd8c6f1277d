package nl.pendel.completion;

import java.util.List;

/**
 * A course's completion screen: every participant for its trainers and the lead of its team, only
 * themselves for a participant.
 *
 * @param canIssue whether the reader may issue certificates (the course's trainers, administrators)
 * @param toIssue how many completed without a certificate yet
 */
public record CourseCompletion(
        long courseId, String courseTitle, boolean canIssue, int toIssue, List<ParticipantCompletion> participants) {

    public CourseCompletion {
        participants = List.copyOf(participants);
    }
}
