package nl.pendel.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session of the signed-in participant's own subgroup, with what to prepare for it. */
public record MySession(
        long sessionId,
        long courseId,
        String courseTitle,
        long meetingId,
        int meetingPosition,
        String meetingTitle,
        String meetingTheme,
        String preparationTitle,
        int subgroupNumber,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String location,
        String room,
        SessionStatus status) {}
