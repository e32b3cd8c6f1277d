package nl.pendel.attendance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.course.CourseAccess;
import nl.pendel.schedule.SessionView;
import org.jspecify.annotations.Nullable;

/**
 * What a course's attendance screen shows, read at once.
 *
 * @param trainer the signed-in person keeps the course's attendance (its trainers and
 *     administrators); the team lead sees the overview only
 * @param editable the trainer may still change it (the course is not closed)
 * @param sessions the course's sessions by date (for the trainer; empty for the team lead)
 * @param sheet the list of the session shown first (the last one held), for the trainer
 * @param registerNumbers the participants' register numbers (for the trainer)
 */
public record AttendancePage(
        CourseAccess access,
        String courseTitle,
        boolean trainer,
        boolean editable,
        List<SessionView> sessions,
        @Nullable AttendanceSheet sheet,
        List<ParticipantHours> overview,
        Map<Long, String> registerNumbers) {

    public AttendancePage {
        sessions = List.copyOf(sessions);
        overview = List.copyOf(overview);
        registerNumbers = Map.copyOf(registerNumbers);
    }

    /** The first sheet, when there is one. */
    public Optional<AttendanceSheet> firstSheet() {
        return Optional.ofNullable(sheet);
    }
}
