package nl.pendel.attendance;

import nl.pendel.account.PersonProfile;
import org.jspecify.annotations.Nullable;

/** One person on a session's attendance list; status null when nothing is recorded yet. */
public record AttendanceRow(PersonProfile person, @Nullable AttendanceStatus status, String note, boolean catchUp) {}
