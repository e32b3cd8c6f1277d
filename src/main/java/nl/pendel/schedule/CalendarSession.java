package nl.pendel.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session in a trainer's calendar, with its course and meeting. {@code courseOpen} tells
 * whether the trainer may open the course's pages (not when they only give this one session).
 */
public record CalendarSession(
        long sessionId,
        long courseId,
        String courseTitle,
        int meetingPosition,
        String meetingTitle,
        String meetingTheme,
        int subgroupNumber,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String location,
        String room,
        SessionStatus status,
        boolean courseOpen) {

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Location and room, as one line. */
    public String place() {
        return room.isBlank() ? location : location + ", " + room;
    }
}
