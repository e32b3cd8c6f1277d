package nl.pendel.schedule;

import java.time.Instant;

/**
 * A session as a calendar scheduling message (RFC 5546) for one person: an invitation or update
 * ({@link Method#REQUEST}) or a cancellation ({@link Method#CANCEL}), with the same UID and
 * SEQUENCE as the personal calendar feed, so a calendar client updates the entry it already has.
 */
public final class SessionInvitation {

    /** The iTIP methods Pendel sends. */
    public enum Method {
        REQUEST,
        CANCEL
    }

    /** Who sends (the trainer) and who receives. */
    public record Party(String name, String email) {}

    private SessionInvitation() {}

    /**
     * The iCalendar text of the message.
     *
     * @param summary the event title, e.g. the meeting and course
     * @param description plain text, e.g. what to prepare
     */
    public static String write(
            Method method,
            SessionView session,
            String summary,
            String description,
            Party organizer,
            Party attendee,
            Instant now) {
        boolean cancelled = method == Method.CANCEL || session.status() == SessionStatus.CANCELLED;
        String place = session.room().isBlank() ? session.location() : session.location() + ", " + session.room();
        ICalendarWriter.Event event = new ICalendarWriter.Event(
                session.uid(),
                session.sequence(),
                cancelled,
                session.date(),
                session.start(),
                session.end(),
                summary,
                place,
                description);
        return ICalendarWriter.itip(
                method.name(), event, organizer.name(), organizer.email(), attendee.name(), attendee.email(), now);
    }
}
