package nl.pendel.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of every time a team lead opened a member's scores ({@code score_view}). No access
 * checks here: the services check the lead, the member and the administrator.
 */
@Component
public class ScoreViewStore {

    private final JdbcClient jdbc;

    ScoreViewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One opening: of whose scores, in which course, by whom and when. */
    public record Entry(long courseId, long personId, long viewerId, Instant viewedAt) {}

    /** Writes one opening to the log. */
    public void log(long courseId, long personId, long viewerId, Instant at) {
        jdbc.sql("insert into score_view (course_id, person_id, viewer_id, viewed_at) values (?, ?, ?, ?)")
                .params(courseId, personId, viewerId, Timestamp.from(at))
                .update();
    }

    /** Every opening of this person's scores, newest first. */
    public List<Entry> of(long personId) {
        return jdbc.sql("""
                        select course_id, person_id, viewer_id, viewed_at from score_view
                        where person_id = ? order by viewed_at desc, id desc""").params(personId).query(ScoreViewStore::entry).list();
    }

    /** A page of the log, newest first: all of it, or where this person is the member or the viewer. */
    public List<Entry> page(@Nullable Long personId, int offset, int limit) {
        return jdbc.sql("""
                        select course_id, person_id, viewer_id, viewed_at from score_view
                        where ? is null or person_id = ? or viewer_id = ?
                        order by viewed_at desc, id desc limit ? offset ?""")
                .params(personId, personId, personId, limit, offset)
                .query(ScoreViewStore::entry)
                .list();
    }

    /** How many entries {@link #page} has for this filter. */
    public long count(@Nullable Long personId) {
        return jdbc.sql("select count(*) from score_view where ? is null or person_id = ? or viewer_id = ?")
                .params(personId, personId, personId)
                .query(Long.class)
                .single();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(
                rs.getLong("course_id"),
                rs.getLong("person_id"),
                rs.getLong("viewer_id"),
                rs.getTimestamp("viewed_at").toInstant());
    }
}
