package nl.pendel.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pendel.assessment.CourseRatings;
import nl.pendel.assessment.MemberScores;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.MyCourseAssessments;
import nl.pendel.assessment.ParticipantProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the self-assessment screens read across a course or a person's courses, each in one
 * statement however many people and moments. Read only; no access checks here: the services
 * check role and course before they ask.
 */
@Component
public class AssessmentReads {

    private final JdbcClient jdbc;

    AssessmentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Person id → moment → the state of their self-assessment, for everyone who saved one in the course. */
    public Map<Long, Map<MomentKind, ParticipantProgress.State>> states(long courseId) {
        Map<Long, Map<MomentKind, ParticipantProgress.State>> states = new HashMap<>();
        jdbc.sql("""
                        select a.person_id, m.kind, a.state from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ?""").params(courseId).query(rs -> {
            states.computeIfAbsent(rs.getLong("person_id"), k -> new EnumMap<>(MomentKind.class))
                    .put(
                            MomentKind.valueOf(rs.getString("kind")),
                            ParticipantProgress.State.valueOf(rs.getString("state")));
        });
        return states;
    }

    /** Person id → how many moments of the course they submitted. */
    public Map<Long, Integer> submittedCounts(long courseId) {
        Map<Long, Integer> submitted = new HashMap<>();
        jdbc.sql("""
                        select a.person_id, count(*) as moments from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.state = 'SUBMITTED'
                        group by a.person_id""").params(courseId).query(rs -> {
            submitted.put(rs.getLong("person_id"), rs.getInt("moments"));
        });
        return submitted;
    }

    /** The texts of a person's self-assessment at the latest moment they submitted, with its goals. */
    public record Latest(String mastered, String development, List<String> goals) {}

    /** The person's latest submitted self-assessment in the course, in one statement. */
    public Optional<Latest> latestSubmitted(long courseId, long personId) {
        Latest[] latest = new Latest[1];
        jdbc.sql("""
                        select a.mastered, a.development, g.text from
                            (select a.id, a.mastered, a.development from self_assessment a
                             join assessment_moment m on m.id = a.moment_id
                             where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'
                             order by m.position desc limit 1) a
                        left join development_goal g on g.assessment_id = a.id
                        order by g.position""").params(courseId, personId).query(rs -> {
            if (latest[0] == null) {
                latest[0] = new Latest(rs.getString("mastered"), rs.getString("development"), new ArrayList<>());
            }
            String goal = rs.getString("text");
            if (goal != null) {
                latest[0].goals().add(goal);
            }
        });
        return Optional.ofNullable(latest[0])
                .map(l -> new Latest(l.mastered(), l.development(), List.copyOf(l.goals())));
    }

    /** The free texts of the person's submitted self-assessments they shared with the lead, in order. */
    public List<MemberScores.SharedReflection> sharedReflections(long courseId, long personId) {
        return jdbc.sql("""
                        select m.kind, a.mastered, a.development from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'
                          and a.shared_with_lead
                        order by m.position""")
                .params(courseId, personId)
                .query((rs, n) -> new MemberScores.SharedReflection(
                        MomentKind.valueOf(rs.getString("kind")),
                        rs.getString("mastered"),
                        rs.getString("development")))
                .list();
    }

    /** Course id → its moments in order, each with the person's state at it. */
    public Map<Long, List<MyCourseAssessments.MomentState>> momentStates(long personId, Collection<Long> courseIds) {
        Map<Long, List<MyCourseAssessments.MomentState>> moments = new HashMap<>();
        if (courseIds.isEmpty()) {
            return moments;
        }
        jdbc.sql("""
                        select m.id, m.course_id, m.kind, m.opens_on, m.closes_on, m.version,
                               a.state, a.version as answer_version
                        from assessment_moment m
                        left join self_assessment a on a.moment_id = m.id and a.person_id = :person
                        where m.course_id in (:courses)
                        order by m.course_id, m.position""")
                .param("person", personId)
                .param("courses", courseIds)
                .query((rs, n) -> new MyCourseAssessments.MomentState(
                        MomentStore.moment(rs, n),
                        "SUBMITTED".equals(rs.getString("state")),
                        rs.getLong("answer_version")))
                .list()
                .forEach(m -> moments.computeIfAbsent(m.moment().courseId(), k -> new ArrayList<>())
                        .add(m));
        return moments;
    }

    /** Moment id → the people who submitted at it. */
    public Map<Long, Set<Long>> submittedAt(Collection<Long> momentIds) {
        Map<Long, Set<Long>> submitted = new HashMap<>();
        if (momentIds.isEmpty()) {
            return submitted;
        }
        jdbc.sql(
                        "select moment_id, person_id from self_assessment where moment_id in (:moments) and state = 'SUBMITTED'")
                .param("moments", momentIds)
                .query(rs -> {
                    submitted
                            .computeIfAbsent(rs.getLong("moment_id"), k -> new HashSet<>())
                            .add(rs.getLong("person_id"));
                });
        return submitted;
    }

    /**
     * The course's moments in order and every rating of every submitted self-assessment in it, in
     * one statement (a moment nobody submitted at comes as one row without a rating).
     */
    public CourseRatings courseRatings(long courseId) {
        Map<MomentKind, CourseRatings.MomentPeriod> moments = new LinkedHashMap<>();
        List<CourseRatings.Rating> ratings = new ArrayList<>();
        jdbc.sql("""
                        select m.kind, m.opens_on, m.closes_on, a.person_id, r.indicator_id, r.level_value
                        from assessment_moment m
                        left join (self_assessment a join self_assessment_rating r on r.assessment_id = a.id)
                               on a.moment_id = m.id and a.state = 'SUBMITTED'
                        where m.course_id = ?
                        order by m.position""").params(courseId).query(rs -> {
            MomentKind kind = MomentKind.valueOf(rs.getString("kind"));
            if (!moments.containsKey(kind)) {
                moments.put(
                        kind,
                        new CourseRatings.MomentPeriod(
                                kind,
                                rs.getObject("opens_on", LocalDate.class),
                                rs.getObject("closes_on", LocalDate.class)));
            }
            long personId = rs.getLong("person_id");
            if (!rs.wasNull()) {
                ratings.add(
                        new CourseRatings.Rating(kind, personId, rs.getLong("indicator_id"), rs.getInt("level_value")));
            }
        });
        return new CourseRatings(List.copyOf(moments.values()), ratings);
    }
}
