package nl.pendel.assessment.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.pendel.assessment.MomentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One person's submitted self-ratings in a course, averaged per competence and moment in the
 * database. No access check: the services that call it check the person and the course.
 */
@Component
public class SubmittedAverages {

    private final JdbcClient jdbc;

    SubmittedAverages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Competence code → moment → average level. */
    public Map<String, Map<MomentKind, Double>> of(long courseId, long personId) {
        Map<String, Map<MomentKind, Double>> averages = new HashMap<>();
        jdbc.sql("""
                        select c.code, m.kind, avg(r.level_value)
                        from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        join self_assessment_rating r on r.assessment_id = a.id
                        join indicator i on i.id = r.indicator_id
                        join competence c on c.id = i.competence_id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'
                        group by c.code, m.kind""").params(courseId, personId).query(rs -> {
            averages.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(MomentKind.class))
                    .put(MomentKind.valueOf(rs.getString(2)), rs.getDouble(3));
        });
        return averages;
    }
}
