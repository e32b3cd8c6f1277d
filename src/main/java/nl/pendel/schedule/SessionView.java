package nl.pendel.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session as views show it. */
public record SessionView(
        long id,
        long courseId,
        long meetingId,
        int meetingPosition,
        String meetingTitle,
        long subgroupId,
        int subgroupNumber,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String location,
        String room,
        long trainerId,
        SessionStatus status,
        String uid,
        int sequence,
        long version) {}
