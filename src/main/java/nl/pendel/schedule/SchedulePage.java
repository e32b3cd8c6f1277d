package nl.pendel.schedule;

import java.util.List;
import java.util.Map;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;

/**
 * What a course's schedule screen shows, read at once.
 *
 * @param access who is involved in the course (for what the signed-in person may do)
 * @param sessions the stored sessions by date
 * @param conflicts what is wrong with the stored schedule; empty for anyone but the course's
 *     trainers and administrators (conflicts name people and other courses)
 * @param trainers the course's trainer and co-trainer
 * @param trainerNames person id → display name of the trainers and whoever else leads a session
 */
public record SchedulePage(
        CourseAccess access,
        CourseDetails details,
        List<SessionView> sessions,
        List<Conflict> conflicts,
        List<PersonProfile> trainers,
        Map<Long, String> trainerNames) {

    public SchedulePage {
        sessions = List.copyOf(sessions);
        conflicts = List.copyOf(conflicts);
        trainers = List.copyOf(trainers);
        trainerNames = Map.copyOf(trainerNames);
    }
}
