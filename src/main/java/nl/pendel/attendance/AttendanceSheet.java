package nl.pendel.attendance;

import java.util.List;
import nl.pendel.account.PersonProfile;
import nl.pendel.schedule.SessionView;

/**
 * The attendance list of one session as its trainer keeps it.
 *
 * @param rows its subgroup's members plus catch-ups, by name
 * @param catchUpCandidates who may be added as a catch-up (empty when the list cannot be changed)
 */
public record AttendanceSheet(SessionView session, List<AttendanceRow> rows, List<PersonProfile> catchUpCandidates) {

    public AttendanceSheet {
        rows = List.copyOf(rows);
        catchUpCandidates = List.copyOf(catchUpCandidates);
    }
}
