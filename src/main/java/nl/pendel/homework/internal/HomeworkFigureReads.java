package nl.pendel.homework.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.homework.HomeworkState;
import nl.pendel.homework.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The homework figures of a whole course, each in one statement: where each homework row stands
 * (completion) and how many meetings' homework each participant has "voldaan". Read only; the
 * services check role and course before they ask.
 */
@Component
public class HomeworkFigureReads {

    /**
     * A select-list column {@code outcome} of homework row {@code h}: the judgement of the newest
     * feedback carrying one, on any of its versions; null without one.
     */
    static final String OUTCOME = """
            (select f.outcome from homework_feedback f
               join homework_submission s on s.id = f.submission_id
             where s.homework_id = h.id and f.outcome is not null
             order by f.given_at desc, f.id desc limit 1) as outcome
            """;

    private final JdbcClient jdbc;

    HomeworkFigureReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where a participant's homework for one meeting stands, for the completion figures.
     *
     * @param lastLate whether the newest version was late; null without versions
     * @param outcome the trainers' current judgement; null without one
     */
    public record HandIn(
            long meetingId,
            long personId,
            HomeworkState state,
            @Nullable Boolean lastLate,
            @Nullable Outcome outcome) {}

    /** Every homework row of a course with the late flag of its newest version, in one statement. */
    public List<HandIn> handIns(long courseId) {
        return jdbc.sql("""
                        select h.meeting_id, h.person_id, h.state, l.late, """ + OUTCOME + """
                        from homework h
                        left join homework_submission l on l.homework_id = h.id
                             and l.number = (select max(n.number) from homework_submission n where n.homework_id = h.id)
                        where h.course_id = ?""")
                .params(courseId)
                .query((rs, n) -> {
                    boolean late = rs.getBoolean("late");
                    Boolean lastLate = rs.wasNull() ? null : late;
                    return new HandIn(
                            rs.getLong("meeting_id"),
                            rs.getLong("person_id"),
                            HomeworkState.valueOf(rs.getString("state")),
                            lastLate,
                            Outcome.of(rs.getString("outcome")));
                })
                .list();
    }

    /**
     * Per participant of the course who has any, how many meetings' homework is now judged
     * {@link Outcome#VOLDAAN}, in one statement.
     */
    public Map<Long, Integer> voldaan(long courseId) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.sql("select o.person_id, count(*) as meetings from (select h.person_id, " + OUTCOME + """
                        from homework h where h.course_id = ?) o
                        where o.outcome = 'VOLDAAN' group by o.person_id""")
                .params(courseId)
                .query(rs -> {
                    result.put(rs.getLong("person_id"), rs.getInt("meetings"));
                });
        return result;
    }
}
