package nl.pendel.homework;

/** How many participants handed in one meeting's homework, for the team lead: figures, no texts. */
public record MeetingCompletion(
        long meetingId, int meetingPosition, String meetingTitle, int onTime, int late, int open, int missing) {}
