package nl.pendel.evaluation.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads course evaluations for the screens, each read one statement whatever the number of answers. */
@Repository
public class EvaluationReads {

    /** How many rated one question and their average. */
    public record RatingRow(
            String questionKey, int count, @Nullable Double average) {}

    /** One text answer, without anything that says whose or when. */
    public record TextRow(String questionKey, String text) {}

    private final JdbcClient jdbc;

    EvaluationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of these courses whose evaluation the person answered. */
    public Set<Long> answered(long personId, Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select course_id from course_evaluation_done
                        where person_id = :person and course_id in (:courses)""")
                .param("person", personId)
                .param("courses", courseIds)
                .query(Long.class)
                .list());
    }

    /** How many answered the course's evaluation. */
    public int responses(long courseId) {
        return jdbc.sql("select count(*) from course_evaluation_response where course_id = ?")
                .param(courseId)
                .query(Integer.class)
                .single();
    }

    /** Per rating question answered: the count and average. */
    public List<RatingRow> ratings(long courseId) {
        return jdbc.sql("""
                        select a.question_key, count(*) as answers, avg(a.rating) as average
                        from course_evaluation_answer a join course_evaluation_response r on r.id = a.response_id
                        where r.course_id = ? and a.rating is not null group by a.question_key""")
                .param(courseId)
                .query((rs, n) -> new RatingRow(
                        rs.getString("question_key"), rs.getInt("answers"), rs.getObject("average", Double.class)))
                .list();
    }

    /**
     * The non-empty text answers, ordered by the response's random id: a shuffled order that stays
     * the same from one reading to the next and says nothing about who answered first.
     */
    public List<TextRow> texts(long courseId) {
        return jdbc.sql("""
                        select a.question_key, a.text
                        from course_evaluation_answer a join course_evaluation_response r on r.id = a.response_id
                        where r.course_id = ? and a.text <> '' order by r.id""")
                .param(courseId)
                .query((rs, n) -> new TextRow(rs.getString("question_key"), rs.getString("text")))
                .list();
    }
}
