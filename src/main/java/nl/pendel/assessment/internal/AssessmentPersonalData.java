package nl.pendel.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.ParticipantProgress;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's self-assessments (ratings per indicator, own words, goals and how far they got), the
 * trainers' observations about them, and who opened their scores. Erasure and retention delete
 * the own words, goals and observations; the ratings stay (anonymously) so the team's averages
 * and growth still count them. The log of who opened the scores is kept for its own period.
 */
@Component
class AssessmentPersonalData implements PersonalData {

    private static final String OF_PERSON = "a.person_id = ?";
    private static final String OF_EXPIRED_COURSES = "a.moment_id in (select m.id from assessment_moment m"
            + " join course c on c.id = m.course_id where c.status = 'CLOSED' and c.ends_on < ?)";

    private final JdbcClient jdbc;

    AssessmentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "self_assessment";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> assessments = Rows.list(jdbc, """
                select a.id, m.course_id, m.kind as moment, a.state, a.mastered, a.development,
                       a.shared_with_lead, a.saved_at, a.submitted_at
                from self_assessment a join assessment_moment m on m.id = a.moment_id
                where a.person_id = ? order by m.course_id, m.position""", personId);
        labels.label(assessments, "moment", MomentKind.class, MomentKind::translationKey);
        labels.label(assessments, "state", ParticipantProgress.State.class, ParticipantProgress.State::translationKey);
        Map<Object, List<Map<String, Object>>> ratings = byAssessment(Rows.list(jdbc, """
                select r.assessment_id, c.code as competence, i.code as indicator, i.text, r.level_value as rating
                from self_assessment_rating r
                join self_assessment a on a.id = r.assessment_id
                join indicator i on i.id = r.indicator_id
                join competence c on c.id = i.competence_id
                where a.person_id = ? order by r.assessment_id, c.position, i.position""", personId));
        Map<Object, List<Map<String, Object>>> goals = byAssessment(Rows.list(jdbc, """
                select g.assessment_id, g.position, g.text from development_goal g
                join self_assessment a on a.id = g.assessment_id
                where a.person_id = ? order by g.assessment_id, g.position""", personId));
        Map<Object, List<Map<String, Object>>> reviews = byAssessment(Rows.list(jdbc, """
                select r.assessment_id, r.goal_assessment_id, r.goal_position, r.progress from goal_review r
                join self_assessment a on a.id = r.assessment_id
                where a.person_id = ? order by r.assessment_id, r.goal_assessment_id, r.goal_position""", personId));
        for (Map<String, Object> assessment : assessments) {
            Object id = assessment.get("id");
            assessment.put("ratings", ratings.getOrDefault(id, List.of()));
            assessment.put("goals", goals.getOrDefault(id, List.of()));
            assessment.put("goal_reviews", reviews.getOrDefault(id, List.of()));
        }
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("self_assessments", assessments);
        part.put("trainer_observations", Rows.list(jdbc, """
                select o.course_id, c.code as competence, o.text, p.display_name as trainer, o.updated_at
                from trainer_observation o
                join competence c on c.id = o.competence_id
                join person p on p.id = o.trainer_id
                where o.person_id = ? order by o.course_id, c.position""", personId));
        part.put("score_views", Rows.list(jdbc, """
                select v.course_id, p.display_name as viewer, v.viewed_at
                from score_view v join person p on p.id = v.viewer_id
                where v.person_id = ? order by v.viewed_at""", personId));
        return part;
    }

    @Override
    public int erase(long personId) {
        int rows = clearOwnWords(OF_PERSON, personId);
        rows += jdbc.sql("delete from trainer_observation where person_id = ?")
                .param(personId)
                .update();
        return rows;
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(
                new RetentionRule("self-assessment-texts", Period.ofMonths(24), this::clearTextsBefore),
                new RetentionRule("score-views", Period.ofMonths(24), cutoff -> jdbc.sql(
                                "delete from score_view where viewed_at < ?")
                        .param(Timestamp.from(cutoff))
                        .update()));
    }

    private int clearTextsBefore(Instant cutoff) {
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneId.of("Europe/Amsterdam"));
        int rows = clearOwnWords(OF_EXPIRED_COURSES, day);
        rows += jdbc.sql("""
                        delete o from trainer_observation o join course c on c.id = o.course_id
                        where c.status = 'CLOSED' and c.ends_on < ?""").param(day).update();
        return rows;
    }

    /** What they master, their development points and goals; the ratings stay. */
    private int clearOwnWords(String which, Object param) {
        int rows = jdbc.sql("delete g from development_goal g join self_assessment a on a.id = g.assessment_id where "
                        + which)
                .param(param)
                .update();
        rows += jdbc.sql("update self_assessment a set a.mastered = '', a.development = '', a.shared_with_lead = false"
                        + " where (a.mastered <> '' or a.development <> '' or a.shared_with_lead) and " + which)
                .param(param)
                .update();
        return rows;
    }

    private static Map<Object, List<Map<String, Object>>> byAssessment(List<Map<String, Object>> rows) {
        Map<Object, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            grouped.computeIfAbsent(row.remove("assessment_id"), k -> new ArrayList<>())
                    .add(row);
        }
        return grouped;
    }
}
