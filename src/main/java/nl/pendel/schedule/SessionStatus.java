package nl.pendel.schedule;

/** A session is planned or, when it will not take place, cancelled (kept for calendars). */
public enum SessionStatus {
    PLANNED,
    CANCELLED
}
