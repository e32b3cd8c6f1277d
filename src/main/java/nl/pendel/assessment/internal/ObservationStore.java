package nl.pendel.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trainers' observations per participant and competence ({@code trainer_observation}),
 * stored apart from the self-ratings. No access checks here: the review service checks that the
 * trainer manages the course.
 */
@Component
public class ObservationStore {

    private final JdbcClient jdbc;

    ObservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One observation and its version. */
    public record Observation(String text, long version) {}

    /** Competence id → the observation about this participant in this course. */
    public Map<Long, Observation> of(long courseId, long personId) {
        Map<Long, Observation> observations = new HashMap<>();
        jdbc.sql("select competence_id, text, version from trainer_observation where course_id = ? and person_id = ?")
                .params(courseId, personId)
                .query(rs -> {
                    observations.put(
                            rs.getLong("competence_id"), new Observation(rs.getString("text"), rs.getLong("version")));
                });
        return observations;
    }

    /** Stores a first observation; false when someone stored one in the meantime. */
    public boolean insert(long courseId, long personId, long competenceId, String text, long trainerId, Instant at) {
        return jdbc.sql("""
                        insert ignore into trainer_observation
                            (course_id, person_id, competence_id, text, trainer_id, updated_at, version)
                        values (?, ?, ?, ?, ?, ?, 1)""")
                        .params(courseId, personId, competenceId, text, trainerId, Timestamp.from(at))
                        .update()
                > 0;
    }

    /** Changes an observation of this version; false when it changed in the meantime. */
    public boolean update(
            long courseId, long personId, long competenceId, String text, long trainerId, Instant at, long version) {
        return jdbc.sql("""
                        update trainer_observation set text = ?, trainer_id = ?, updated_at = ?, version = version + 1
                        where course_id = ? and person_id = ? and competence_id = ? and version = ?""")
                        .params(text, trainerId, Timestamp.from(at), courseId, personId, competenceId, version)
                        .update()
                > 0;
    }
}
