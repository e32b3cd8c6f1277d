package nl.pendel.attendance;

/**
 * A course's attendance in figures, for the team lead's dashboard: the same counts as the
 * overview per participant ({@link ParticipantHours}), added up over the participants.
 *
 * @param meetingsHeld meetings with a session on or before today
 * @param attendedAll participants present at every meeting held (none while none was held)
 */
public record AttendanceTotals(
        int participants, int meetingsHeld, double averageAttended, int attendedAll, double averageHours) {}
