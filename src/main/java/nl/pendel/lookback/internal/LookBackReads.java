package nl.pendel.lookback.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.lookback.MyLookBack;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads look-backs for the screens, each read one statement whatever the number of answers. */
@Repository
public class LookBackReads {

    /** How many answered a session and their average score (null when nobody gave one). */
    public record Figure(
            long sessionId, int answers, @Nullable Double average) {}

    /** One text answer, with its writer only when they signed. */
    public record TextRow(
            long sessionId,
            String questionKey,
            String text,
            @Nullable Long signedBy) {}

    private final JdbcClient jdbc;

    LookBackReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's own look-back on the session; {@link MyLookBack#NONE} when they gave none. */
    public MyLookBack mine(long sessionId, long personId) {
        Map<String, Integer> ratings = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        jdbc.sql("""
                        select a.question_key, a.rating, a.text from look_back_answer a
                        join look_back_response r on r.id = a.response_id
                        where r.session_id = ? and r.person_id = ?""").params(sessionId, personId).query(rs -> {
            Integer rating = rs.getObject("rating", Integer.class);
            if (rating != null) {
                ratings.put(rs.getString("question_key"), rating);
            } else {
                texts.put(rs.getString("question_key"), rs.getString("text"));
            }
        });
        return jdbc.sql("select signed, version from look_back_response where session_id = ? and person_id = ?")
                .params(sessionId, personId)
                .query((rs, n) -> new MyLookBack(ratings, texts, rs.getBoolean("signed"), rs.getLong("version")))
                .optional()
                .orElse(MyLookBack.NONE);
    }

    /** The figures of every session of the course that has answers. */
    public List<Figure> figures(long courseId) {
        return jdbc.sql("""
                        select session_id, count(*) as answers, avg(rating) as average from look_back_response
                        where course_id = ? group by session_id""")
                .param(courseId)
                .query((rs, n) -> new Figure(
                        rs.getLong("session_id"), rs.getInt("answers"), rs.getObject("average", Double.class)))
                .list();
    }

    /** The non-empty text answers on these sessions of the course, oldest answer first. */
    public List<TextRow> texts(long courseId, List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.session_id, a.question_key, a.text, case when r.signed then r.person_id end as signed_by
                        from look_back_answer a join look_back_response r on r.id = a.response_id
                        where r.course_id = :course and r.session_id in (:sessions) and a.text <> ''
                        order by r.answered_at, r.id""")
                .param("course", courseId)
                .param("sessions", sessionIds)
                .query((rs, n) -> new TextRow(
                        rs.getLong("session_id"),
                        rs.getString("question_key"),
                        rs.getString("text"),
                        rs.getObject("signed_by", Long.class)))
                .list();
    }
}
