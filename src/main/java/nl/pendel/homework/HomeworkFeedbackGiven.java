package nl.pendel.homework;

/**
 * A trainer gave feedback on a participant's homework. Published inside the transaction that
 * stored it, so a notification is recorded atomically with it.
 */
public record HomeworkFeedbackGiven(long courseId, long meetingId, long personId, long feedbackId) {}
