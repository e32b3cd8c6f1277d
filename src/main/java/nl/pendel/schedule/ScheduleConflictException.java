package nl.pendel.schedule;

import nl.pendel.shared.UserFacingException;

/**
 * A schedule refused because of a hard {@link Conflict}. Its arguments are typed (dates, times,
 * people), so a view shows it the way it shows the conflict in the schedule.
 */
public class ScheduleConflictException extends UserFacingException {

    private final transient Conflict conflict;

    ScheduleConflictException(Conflict conflict) {
        super(conflict.messageKey(), conflict.arguments().toArray());
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
