package nl.pendel.precondition.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.pendel.precondition.Comparison;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.Respondent;
import nl.pendel.shared.EditConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scan's tables: {@code precondition_response} (one answer set per course and person, with
 * its version) and {@code precondition_rating} (one row per answered precondition). The {@code
 * participants} of the figures are never empty (an empty "in ()" is not SQL): the caller passes
 * {@code -1} for none.
 */
@Repository
public class PreconditionStore {

    /** The average and number of ratings of one precondition by one kind of respondent. */
    public record Figure(Respondent respondent, Precondition precondition, double average, int count) {}

    private final JdbcClient jdbc;

    PreconditionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of the person's answer set; 0 when they never saved one. */
    public long version(long courseId, long personId) {
        return jdbc.sql("select version from precondition_response where course_id = ? and person_id = ?")
                .params(courseId, personId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The person's answers by precondition. */
    public Map<Precondition, PreconditionAnswer> answers(long courseId, long personId) {
        Map<Precondition, PreconditionAnswer> answers = new EnumMap<>(Precondition.class);
        jdbc.sql("select precondition, rating, comment from precondition_rating where course_id = ? and person_id = ?")
                .params(courseId, personId)
                .query(rs -> {
                    Precondition p = Precondition.valueOf(rs.getString("precondition"));
                    answers.put(
                            p,
                            new PreconditionAnswer(p, rs.getObject("rating", Integer.class), rs.getString("comment")));
                });
        return answers;
    }

    /**
     * Replaces the person's answer set, which was at {@code expectedVersion} (0: none yet).
     *
     * @throws EditConflictException when it was saved elsewhere in the meantime
     */
    public void replace(
            long courseId,
            long personId,
            Respondent respondent,
            Collection<PreconditionAnswer> answers,
            long expectedVersion,
            Instant now) {
        if (expectedVersion == 0) {
            try {
                jdbc.sql("""
                                insert into precondition_response (course_id, person_id, respondent, updated_at, version)
                                values (?, ?, ?, ?, 1)""").params(courseId, personId, respondent.name(), now).update();
            } catch (DuplicateKeyException e) {
                throw new EditConflictException();
            }
        } else {
            int updated = jdbc.sql("""
                            update precondition_response set respondent = ?, updated_at = ?, version = version + 1
                            where course_id = ? and person_id = ? and version = ?""")
                    .params(respondent.name(), now, courseId, personId, expectedVersion)
                    .update();
            if (updated == 0) {
                throw new EditConflictException();
            }
            jdbc.sql("delete from precondition_rating where course_id = ? and person_id = ?")
                    .params(courseId, personId)
                    .update();
        }
        for (PreconditionAnswer answer : answers) {
            jdbc.sql("""
                            insert into precondition_rating (course_id, person_id, precondition, rating, comment)
                            values (?, ?, ?, ?, ?)""")
                    .params(courseId, personId, answer.precondition().name(), answer.rating(), answer.comment())
                    .update();
        }
    }

    /** How many of these participants rated at least one precondition. */
    public int participantsAnswered(long courseId, List<Long> participants) {
        return jdbc.sql("""
                        select count(distinct r.person_id)
                        from precondition_rating r
                        join precondition_response s on s.course_id = r.course_id and s.person_id = r.person_id
                        where r.course_id = :course and r.rating is not null
                          and s.respondent = 'PARTICIPANT' and s.person_id in (:participants)""")
                .param("course", courseId)
                .param("participants", participants)
                .query(Integer.class)
                .single();
    }

    /** These participants' comments, without names, in the order of the preconditions. */
    public List<Comparison.AnonymousComment> participantComments(long courseId, List<Long> participants) {
        return jdbc
                .sql("""
                        select r.precondition, r.comment
                        from precondition_rating r
                        join precondition_response s on s.course_id = r.course_id and s.person_id = r.person_id
                        where r.course_id = :course and r.comment <> ''
                          and s.respondent = 'PARTICIPANT' and s.person_id in (:participants)
                        order by r.precondition, r.comment""")
                .param("course", courseId)
                .param("participants", participants)
                .query((rs, n) -> new Comparison.AnonymousComment(
                        Precondition.valueOf(rs.getString("precondition")), rs.getString("comment")))
                .list()
                .stream()
                .sorted(Comparator.comparing(c -> c.precondition().ordinal()))
                .toList();
    }

    /** The leads' figures and these participants' figures, per precondition rated, in one statement. */
    public List<Figure> figures(long courseId, List<Long> participants) {
        return jdbc.sql("""
                        select s.respondent, r.precondition, avg(r.rating) as average, count(r.rating) as ratings
                        from precondition_rating r
                        join precondition_response s on s.course_id = r.course_id and s.person_id = r.person_id
                        where r.course_id = :course and r.rating is not null
                          and (s.respondent = 'LEAD' or (s.respondent = 'PARTICIPANT' and s.person_id in (:participants)))
                        group by s.respondent, r.precondition""")
                .param("course", courseId)
                .param("participants", participants)
                .query((rs, n) -> new Figure(
                        Respondent.valueOf(rs.getString("respondent")),
                        Precondition.valueOf(rs.getString("precondition")),
                        rs.getDouble("average"),
                        rs.getInt("ratings")))
                .list();
    }
}
