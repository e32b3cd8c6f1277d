package nl.pendel.assessment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.ParticipantProgress;
import nl.pendel.course.CourseService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.SystemAuthentication;
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
 * and growth still count them. The log of who opened the scores is kept for its own period. The
 * indicators and competences are named from the programmes' frameworks, the trainers and viewers
 * from the people's profiles, the closed courses asked of the courses.
 */
@Component
class AssessmentPersonalData implements PersonalData {

    private static final String OF_PERSON = "a.person_id = :param";
    private static final String OF_COURSES =
            "a.moment_id in (select m.id from assessment_moment m where m.course_id in (:param))";

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final PersonService people;
    private final CourseService courses;

    AssessmentPersonalData(JdbcClient jdbc, ProgrammeService programmes, PersonService people, CourseService courses) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.people = people;
        this.courses = courses;
    }

    @Override
    public String part() {
        return "self_assessment";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> assessments = rows("""
                select a.id, m.course_id, m.kind as moment, a.state, a.mastered, a.development,
                       a.shared_with_lead, a.saved_at, a.submitted_at
                from self_assessment a join assessment_moment m on m.id = a.moment_id
                where a.person_id = ? order by m.course_id, m.position""", personId);
        labels.label(assessments, "moment", MomentKind.class, MomentKind::translationKey);
        labels.label(assessments, "state", ParticipantProgress.State.class, ParticipantProgress.State::translationKey);
        Frameworks frameworks = new Frameworks(programmes.frameworks());
        Map<Object, List<Map<String, Object>>> ratings = byAssessment(frameworks.ratings(rows("""
                select r.assessment_id, r.indicator_id, r.level_value as rating
                from self_assessment_rating r join self_assessment a on a.id = r.assessment_id
                where a.person_id = ? order by r.assessment_id""", personId)));
        Map<Object, List<Map<String, Object>>> goals = byAssessment(rows("""
                select g.assessment_id, g.position, g.text from development_goal g
                join self_assessment a on a.id = g.assessment_id
                where a.person_id = ? order by g.assessment_id, g.position""", personId));
        Map<Object, List<Map<String, Object>>> reviews = byAssessment(rows("""
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
        part.put("trainer_observations", observations(personId, frameworks));
        part.put("score_views", scoreViews(personId));
        return part;
    }

    private List<Map<String, Object>> observations(long personId, Frameworks frameworks) {
        List<Map<String, Object>> rows = rows("""
                select course_id, competence_id, text, trainer_id, updated_at from trainer_observation
                where person_id = ? order by course_id""", personId);
        Map<Long, String> names = names(rows, "trainer_id");
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : frameworks.byCompetence(rows)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("course_id", row.get("course_id"));
            out.put("competence", frameworks.competenceCode(row.get("competence_id")));
            out.put("text", row.get("text"));
            out.put("trainer", names.getOrDefault(id(row.get("trainer_id")), "?"));
            out.put("updated_at", row.get("updated_at"));
            result.add(out);
        }
        return result;
    }

    private List<Map<String, Object>> scoreViews(long personId) {
        List<Map<String, Object>> rows = rows("""
                select course_id, viewer_id, viewed_at from score_view
                where person_id = ? order by viewed_at""", personId);
        Map<Long, String> names = names(rows, "viewer_id");
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("course_id", row.get("course_id"));
            out.put("viewer", names.getOrDefault(id(row.get("viewer_id")), "?"));
            out.put("viewed_at", row.get("viewed_at"));
            result.add(out);
        }
        return result;
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
        List<Long> closed = SystemAuthentication.runAsAdministrator(() -> courses.closedEndedBefore(day));
        if (closed.isEmpty()) {
            return 0;
        }
        int rows = clearOwnWords(OF_COURSES, closed);
        rows += jdbc.sql("delete from trainer_observation where course_id in (:courses)")
                .param("courses", closed)
                .update();
        return rows;
    }

    /** What they master, their development points and goals; the ratings stay. */
    private int clearOwnWords(String which, Object param) {
        int rows = jdbc.sql("delete g from development_goal g join self_assessment a on a.id = g.assessment_id where "
                        + which)
                .param("param", param)
                .update();
        rows += jdbc.sql("update self_assessment a set a.mastered = '', a.development = '', a.shared_with_lead = false"
                        + " where (a.mastered <> '' or a.development <> '' or a.shared_with_lead) and " + which)
                .param("param", param)
                .update();
        return rows;
    }

    private List<Map<String, Object>> rows(String sql, long personId) {
        return jdbc.sql(sql).params(personId).query(Rows.asJson()).list();
    }

    /** Person id → display name of the people in this column. */
    private Map<Long, String> names(List<Map<String, Object>> rows, String column) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(id(row.get(column))));
        return people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Map<Object, List<Map<String, Object>>> byAssessment(List<Map<String, Object>> rows) {
        Map<Object, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            grouped.computeIfAbsent(row.remove("assessment_id"), k -> new ArrayList<>())
                    .add(row);
        }
        return grouped;
    }

    /** The indicators and competences of every framework, by id, in the frameworks' order. */
    private static final class Frameworks {

        private record Place(String competence, String indicator, String text, int order) {}

        private final Map<Long, Place> indicators = new HashMap<>();
        private final Map<Long, String> competenceCodes = new HashMap<>();
        private final Map<Long, Integer> competenceOrder = new HashMap<>();

        Frameworks(Collection<ProgrammeOutline.Framework> frameworks) {
            int order = 0;
            for (ProgrammeOutline.Framework framework : frameworks) {
                for (ProgrammeOutline.Competence competence : framework.competences()) {
                    competenceCodes.put(competence.id(), competence.code());
                    competenceOrder.put(competence.id(), order++);
                    for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
                        indicators.put(
                                indicator.id(),
                                new Place(competence.code(), indicator.code(), indicator.text(), order++));
                    }
                }
            }
        }

        /** The ratings with their competence, indicator and its text, per assessment in the framework's order. */
        List<Map<String, Object>> ratings(List<Map<String, Object>> rows) {
            List<Map<String, Object>> result = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Place place = indicators.get(id(row.get("indicator_id")));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("assessment_id", row.get("assessment_id"));
                out.put("competence", place == null ? null : place.competence());
                out.put("indicator", place == null ? null : place.indicator());
                out.put("text", place == null ? null : place.text());
                out.put("rating", row.get("rating"));
                out.put("order", place == null ? Integer.MAX_VALUE : place.order());
                result.add(out);
            }
            result.sort(java.util.Comparator.comparingLong((Map<String, Object> r) -> id(r.get("assessment_id")))
                    .thenComparingInt(r -> (Integer) r.get("order")));
            result.forEach(r -> r.remove("order"));
            return result;
        }

        /** The observation rows in the order of their competence within each course (stable). */
        List<Map<String, Object>> byCompetence(List<Map<String, Object>> rows) {
            List<Map<String, Object>> sorted = new ArrayList<>(rows);
            sorted.sort(java.util.Comparator.comparingLong((Map<String, Object> r) -> id(r.get("course_id")))
                    .thenComparingInt(
                            r -> competenceOrder.getOrDefault(id(r.get("competence_id")), Integer.MAX_VALUE)));
            return sorted;
        }

        String competenceCode(Object competenceId) {
            return competenceCodes.get(id(competenceId));
        }
    }
}
