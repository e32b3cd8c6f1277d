package nl.pendel.lookback;

import java.util.List;

/** The look-backs of a course's sessions that have answers, by date, for its trainers or its team's lead. */
public record LookBackResults(long courseId, String courseTitle, boolean trainer, List<SessionLookBack> sessions) {

    public LookBackResults {
        sessions = List.copyOf(sessions);
    }
}
