package nl.pendel.assessment.internal;

import java.util.ArrayList;
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
 * One person's submitted self-assessments in a course: the averages per competence and moment
 * (computed in the database), the level per indicator, and their goals with later progress. A
 * fixed number of statements whatever the number of moments. No access check: the services that
 * call it check the person and the course.
 */
@Component
public class PersonalGrowth {

    private final JdbcClient jdbc;

    PersonalGrowth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Competence code → moment → average level. */
    public Map<String, Map<MomentKind, Double>> averages(long courseId, long personId) {
        Map<String, Map<MomentKind, Double>> averages = new HashMap<>();
        jdbc.sql("""
                        select c.code, m.kind, avg(r.level_value)
                        from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        join self_assessment_rating r on r.assessment_id = a.id
                        join indicator i on i.id = r.indicator_id
                        join competence c on c.id = i.competence_id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'
                        group by c.code, m.kind""").params(courseId, personId).query(rs -> {
            averages.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(MomentKind.class))
                    .put(MomentKind.valueOf(rs.getString(2)), rs.getDouble(3));
        });
        return averages;
    }

    /** The whole trajectory on the course's framework. */
    public Growth of(long courseId, long personId, ProgrammeOutline.Framework framework) {
        Map<String, Map<MomentKind, Double>> averages = averages(courseId, personId);
        Map<Long, Map<MomentKind, Integer>> levels = new HashMap<>();
        jdbc.sql("""
                        select r.indicator_id, m.kind, r.level_value
                        from self_assessment a
                        join assessment_moment m on m.id = a.moment_id
                        join self_assessment_rating r on r.assessment_id = a.id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'""").params(courseId, personId).query(rs -> {
            levels.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(MomentKind.class))
                    .put(MomentKind.valueOf(rs.getString(2)), rs.getInt(3));
        });
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
        return new Growth(moments, competences, goals(courseId, personId));
    }

    private List<Growth.GoalTrack> goals(long courseId, long personId) {
        record Key(long assessmentId, int position) {}
        record Goal(MomentKind setAt, String text) {}
        Map<Key, Goal> goals = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, g.position, m.kind, g.text
                        from development_goal g
                        join self_assessment a on a.id = g.assessment_id
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'
                        order by m.position, g.position""").params(courseId, personId).query(rs -> {
            goals.put(
                    new Key(rs.getLong(1), rs.getInt(2)),
                    new Goal(MomentKind.valueOf(rs.getString(3)), rs.getString(4)));
        });
        Map<Key, Map<MomentKind, Integer>> progress = new HashMap<>();
        jdbc.sql("""
                        select gr.goal_assessment_id, gr.goal_position, m.kind, gr.progress
                        from goal_review gr
                        join self_assessment a on a.id = gr.assessment_id
                        join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ? and a.person_id = ? and a.state = 'SUBMITTED'""").params(courseId, personId).query(rs -> {
            progress.computeIfAbsent(new Key(rs.getLong(1), rs.getInt(2)), k -> new EnumMap<>(MomentKind.class))
                    .put(MomentKind.valueOf(rs.getString(3)), rs.getInt(4));
        });
        List<Growth.GoalTrack> tracks = new ArrayList<>();
        goals.forEach((key, goal) ->
                tracks.add(new Growth.GoalTrack(goal.setAt(), goal.text(), progress.getOrDefault(key, Map.of()))));
        return tracks;
    }
}
