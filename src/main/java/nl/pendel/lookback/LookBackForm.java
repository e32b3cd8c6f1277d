package nl.pendel.lookback;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.pendel.programme.Questionnaire;

/**
 * What the participant's look-back screen shows for one of their sessions: which session, the
 * questions, whether it can be answered now, and what they answered before.
 */
public record LookBackForm(
        long sessionId,
        String courseTitle,
        int meetingPosition,
        String meetingTitle,
        int subgroupNumber,
        LocalDate date,
        LocalTime end,
        Questionnaire questionnaire,
        LookBackWindow window,
        boolean open,
        MyLookBack mine) {}
