package nl.pendel.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MomentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The self-assessment moments of the courses ({@code assessment_moment}): read in the course's
 * order, and a trainer's change of a period. Their defaults are made by {@link DefaultMoments}. No
 * access checks here: the services check role and course before they ask.
 */
@Component
public class MomentStore {

    private static final String COLUMNS = "select m.id, m.course_id, m.kind, m.opens_on, m.closes_on, m.version";

    private final JdbcClient jdbc;

    MomentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The course's moments, in order. */
    public List<Moment> ofCourse(long courseId) {
        return jdbc.sql(COLUMNS + " from assessment_moment m where m.course_id = ? order by m.position")
                .params(courseId)
                .query(MomentStore::moment)
                .list();
    }

    /** Every moment open on this day (in any course). */
    public List<Moment> openOn(LocalDate day) {
        return jdbc.sql(COLUMNS + " from assessment_moment m where m.opens_on <= ? and m.closes_on >= ?"
                        + " order by m.course_id, m.position")
                .params(day, day)
                .query(MomentStore::moment)
                .list();
    }

    /**
     * A trainer moves a moment's period, if its version is still this one.
     *
     * @return whether it changed (false: changed by someone else in the meantime, or not found)
     */
    public boolean change(long courseId, long momentId, LocalDate opensOn, LocalDate closesOn, long version) {
        return jdbc.sql("""
                        update assessment_moment
                        set opens_on = ?, closes_on = ?, set_by_trainer = true, version = version + 1
                        where id = ? and course_id = ? and version = ?""")
                        .params(opensOn, closesOn, momentId, courseId, version)
                        .update()
                > 0;
    }

    /** A moment from a row holding the columns of {@code m} by name. */
    static Moment moment(ResultSet rs, int row) throws SQLException {
        return new Moment(
                rs.getLong("id"),
                rs.getLong("course_id"),
                MomentKind.valueOf(rs.getString("kind")),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getLong("version"));
    }
}
