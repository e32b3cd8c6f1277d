package nl.pendel.assessment.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.assessment.Growth;
import nl.pendel.assessment.MomentKind;
import nl.pendel.programme.ProgrammeOutline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One person's submitted self-assessments in a course: the level per indicator, the averages per
 * competence and moment (over the levels of the competence's indicators in the course's
 * framework), and their goals with later progress. A fixed number of statements whatever the
 * number of moments. No access check: the services that
 * call it check the person and the course.
 */
@Component
public class PersonalGrowth {

    private final JdbcClient jdbc;

    PersonalGrowth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Competence code → moment → average level, on the course's framework. */
    public Map<String, Map<MomentKind, Double>> averages(
            long courseId, long personId, ProgrammeOutline.Framework framework) {
        return averages(framework, levels(List.of(courseId), personId).getOrDefault(courseId, Map.of()));
    }

    /** The whole trajectory on the course's framework. */
    public Growth of(long courseId, long personId, ProgrammeOutline.Framework framework) {
        return of(Map.of(courseId, framework), personId).get(courseId);
    }

    /**
     * The trajectories in several courses (course id → its framework), course id → growth, in
     * two statements however many courses.
     */
    public Map<Long, Growth> of(Map<Long, ProgrammeOutline.Framework> frameworks, long personId) {
        if (frameworks.isEmpty()) {
            return Map.of();
        }
        Collection<Long> courseIds = frameworks.keySet();
        Map<Long, Map<Long, Map<MomentKind, Integer>>> levels = levels(courseIds, personId);
        Map<Long, List<Growth.GoalTrack>> goals = goals(courseIds, personId);
        Map<Long, Growth> result = new HashMap<>();
        frameworks.forEach((courseId, framework) -> {
            Map<Long, Map<MomentKind, Integer>> own = levels.getOrDefault(courseId, Map.of());
            result.put(
                    courseId,
                    growth(framework, averages(framework, own), own, goals.getOrDefault(courseId, List.of())));
        });
        return result;
    }

    /** Course id → indicator id → moment → level, over the person's submitted self-assessments. */
    private Map<Long, Map<Long, Map<MomentKind, Integer>>> levels(Collection<Long> courseIds, long personId) {
        Map<Long, Map<Long, Map<MomentKind, Integer>>> levels = new HashMap<>();
        jdbc.sql("""
                        select m.course_id, r.indicator_id, m.kind, r.level_value
                        from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        join self_assessment_rating r on r.assessment_id = a.id
                        where m.course_id in (:courses) and a.person_id = :person and a.state = 'SUBMITTED'""").param("courses", courseIds).param("person", personId).query(rs -> {
            levels.computeIfAbsent(rs.getLong("course_id"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getLong("indicator_id"), k -> new EnumMap<>(MomentKind.class))
                    .put(MomentKind.valueOf(rs.getString("kind")), rs.getInt("level_value"));
        });
        return levels;
    }

    /** Competence code → moment → the average of the levels of its indicators rated then. */
    private static Map<String, Map<MomentKind, Double>> averages(
            ProgrammeOutline.Framework framework, Map<Long, Map<MomentKind, Integer>> levels) {
        Map<String, Map<MomentKind, Double>> averages = new HashMap<>();
        for (ProgrammeOutline.Competence competence : framework.competences()) {
            Map<MomentKind, int[]> sums = new EnumMap<>(MomentKind.class);
            for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
                levels.getOrDefault(indicator.id(), Map.of()).forEach((kind, level) -> {
                    int[] sum = sums.computeIfAbsent(kind, k -> new int[2]);
                    sum[0] += level;
                    sum[1]++;
                });
            }
            if (!sums.isEmpty()) {
                Map<MomentKind, Double> perMoment = new EnumMap<>(MomentKind.class);
                sums.forEach((kind, sum) -> perMoment.put(kind, (double) sum[0] / sum[1]));
                averages.put(competence.code(), perMoment);
            }
        }
        return averages;
    }

    private static Growth growth(
            ProgrammeOutline.Framework framework,
            Map<String, Map<MomentKind, Double>> averages,
            Map<Long, Map<MomentKind, Integer>> levels,
            List<Growth.GoalTrack> goals) {
        List<MomentKind> moments = averages.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .sorted()
                .toList();
        List<Growth.CompetenceGrowth> competences = framework.competences().stream()
                .map(c -> new Growth.CompetenceGrowth(
                        c.code(),
                        c.shortTitle(),
                        c.orientation(),
                        averages.getOrDefault(c.code(), Map.of()),
                        c.indicators().stream()
                                .map(i -> new Growth.IndicatorGrowth(
                                        i.code(), i.text(), levels.getOrDefault(i.id(), Map.of())))
                                .toList()))
                .toList();
        return new Growth(moments, competences, goals);
    }

    /** Course id → the goals set at submitted moments, each with its progress at later ones, in one statement. */
    private Map<Long, List<Growth.GoalTrack>> goals(Collection<Long> courseIds, long personId) {
        record Key(long assessmentId, int position) {}
        record Goal(long courseId, MomentKind setAt, String text) {}
        Map<Key, Goal> goals = new LinkedHashMap<>();
        Map<Key, Map<MomentKind, Integer>> progress = new HashMap<>();
        jdbc.sql("""
                        select a.id as assessment_id, g.position, m.kind, g.text, m.course_id,
                               rm.kind as reviewed_at, gr.progress
                        from development_goal g
                        join self_assessment a on a.id = g.assessment_id
                        join assessment_moment m on m.id = a.moment_id
                        left join (goal_review gr
                                   join self_assessment ra on ra.id = gr.assessment_id
                                        and ra.person_id = :person and ra.state = 'SUBMITTED'
                                   join assessment_moment rm on rm.id = ra.moment_id and rm.course_id in (:courses))
                               on gr.goal_assessment_id = g.assessment_id and gr.goal_position = g.position
                        where m.course_id in (:courses) and a.person_id = :person and a.state = 'SUBMITTED'
                        order by m.position, g.position""").param("courses", courseIds).param("person", personId).query(rs -> {
            Key key = new Key(rs.getLong("assessment_id"), rs.getInt("position"));
            goals.putIfAbsent(
                    key,
                    new Goal(rs.getLong("course_id"), MomentKind.valueOf(rs.getString("kind")), rs.getString("text")));
            String reviewedAt = rs.getString("reviewed_at");
            if (reviewedAt != null) {
                progress.computeIfAbsent(key, k -> new EnumMap<>(MomentKind.class))
                        .put(MomentKind.valueOf(reviewedAt), rs.getInt("progress"));
            }
        });
        Map<Long, List<Growth.GoalTrack>> tracks = new HashMap<>();
        goals.forEach((key, goal) -> tracks.computeIfAbsent(goal.courseId(), k -> new ArrayList<>())
                .add(new Growth.GoalTrack(goal.setAt(), goal.text(), progress.getOrDefault(key, Map.of()))));
        return tracks;
    }
}
