package nl.pendel.dashboard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.ParticipantHours;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.dashboard.TeamDashboard.AttendanceSummary;
import nl.pendel.dashboard.TeamDashboard.BalanceChange;
import nl.pendel.dashboard.TeamDashboard.BalanceMoment;
import nl.pendel.dashboard.TeamDashboard.Change;
import nl.pendel.dashboard.TeamDashboard.CompetenceRow;
import nl.pendel.dashboard.TeamDashboard.DevelopmentPoint;
import nl.pendel.dashboard.TeamDashboard.DevelopmentPoints;
import nl.pendel.dashboard.TeamDashboard.GroupRow;
import nl.pendel.dashboard.TeamDashboard.IndicatorRow;
import nl.pendel.dashboard.TeamDashboard.MomentCompletion;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.Translations;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team-lead dashboard of a course, for the lead of the course's team, its trainers and
 * administrators; never for participants or leads of other teams. Every self-assessment figure
 * is aggregated in the database (avg, stddev_pop, min, max, count with group by) over submitted
 * self-assessments only; a breakdown over fewer than {@link TeamDashboard#MIN_PEOPLE} people
 * comes back hidden, without numbers.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TeamDashboardService {

    private static final int TOP = 5;

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final SelfAssessmentService assessments;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final AttendanceService attendance;
    private final HomeworkReviewService homework;
    private final CurrentUser currentUser;
    private final Translations translations;

    TeamDashboardService(
            JdbcClient jdbc,
            CourseService courses,
            SelfAssessmentService assessments,
            SubgroupService subgroups,
            PersonService people,
            AttendanceService attendance,
            HomeworkReviewService homework,
            CurrentUser currentUser,
            Translations translations) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.assessments = assessments;
        this.subgroups = subgroups;
        this.people = people;
        this.attendance = attendance;
        this.homework = homework;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** Whether the signed-in person may see the dashboard of this course (false when not found). */
    @Transactional(readOnly = true)
    public boolean mayView(long courseId) {
        return courses.access(courseId)
                .map(access -> allowed(access, currentUser.require()))
                .orElse(false);
    }

    /**
     * The dashboard of one course. Made in one transaction that may write: the first look at a
     * course's moments makes its default moments.
     */
    public TeamDashboard dashboard(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!allowed(access, currentUser.require())) {
            throw new AccessDeniedException("The dashboard is for the team lead and the course's trainers");
        }
        String title = courses.summary(courseId).title();
        ProgrammeOutline.Framework framework = assessments.framework(courseId);
        List<Moment> moments = assessments.moments(courseId);
        int participants = access.participantIds().size();

        Map<MomentKind, Integer> submitted = submittedPerMoment(courseId);
        List<MomentCompletion> completion = moments.stream()
                .map(m -> new MomentCompletion(
                        m.kind(), m.opensOn(), m.closesOn(), submitted.getOrDefault(m.kind(), 0), participants))
                .toList();
        List<MomentKind> filled = moments.stream()
                .map(Moment::kind)
                .filter(k -> submitted.getOrDefault(k, 0) > 0)
                .toList();

        List<PersonScore> scores = personScores(courseId);
        Map<Key, Stats> competenceStats = competenceStats(scores, null);
        Map<Key, Stats> indicatorStats = indicatorStats(courseId);
        List<CompetenceRow> competences = framework.competences().stream()
                .map(c -> {
                    Map<MomentKind, Stats> perMoment = perMoment(filled, competenceStats, c.id());
                    List<IndicatorRow> indicators = c.indicators().stream()
                            .map(i -> {
                                Map<MomentKind, Stats> own = perMoment(filled, indicatorStats, i.id());
                                return new IndicatorRow(i.code(), i.text(), own, changes(filled, own));
                            })
                            .toList();
                    return new CompetenceRow(
                            c.code(),
                            c.shortTitle(),
                            c.orientation(),
                            perMoment,
                            changes(filled, perMoment),
                            indicators);
                })
                .toList();

        Map<Key, Stats> sides = orientationStats(courseId);
        List<BalanceMoment> balance = new ArrayList<>();
        for (MomentKind kind : filled) {
            Stats preventive =
                    sides.getOrDefault(new Key(kind, ProgrammeOutline.Orientation.PREVENTIVE.ordinal()), Stats.HIDDEN);
            Stats environment =
                    sides.getOrDefault(new Key(kind, ProgrammeOutline.Orientation.ENVIRONMENT.ordinal()), Stats.HIDDEN);
            balance.add(new BalanceMoment(kind, preventive, environment, minus(preventive, environment)));
        }
        Map<MomentKind, BalanceMoment> balanceOf = new EnumMap<>(MomentKind.class);
        balance.forEach(b -> balanceOf.put(b.kind(), b));
        List<BalanceChange> balanceChanges = new ArrayList<>();
        for (MomentKind[] pair : pairs(filled)) {
            BalanceMoment from = balanceOf.get(pair[0]);
            BalanceMoment to = balanceOf.get(pair[1]);
            balanceChanges.add(new BalanceChange(
                    from.kind(),
                    to.kind(),
                    minus(to.preventive(), from.preventive()),
                    minus(to.environment(), from.environment()),
                    to.gap() == null || from.gap() == null ? null : to.gap() - from.gap()));
        }

        return new TeamDashboard(
                courseId,
                title,
                participants,
                completion,
                filled,
                competences,
                balance,
                balanceChanges,
                bySubgroup(courseId, scores, framework, filled),
                byDiscipline(scores, access.participantIds(), framework, filled),
                developmentPoints(courseId, framework, filled, submitted),
                attendance(courseId),
                homework.completion(courseId));
    }

    /** The dashboard as CSV that Dutch Excel opens as it is: UTF-8 with BOM, {@code ;}, CRLF. */
    public DashboardExport csv(long courseId, Locale locale) {
        TeamDashboard dashboard = dashboard(courseId);
        return new DashboardExport(
                fileName(dashboard.courseTitle(), "csv"),
                "text/csv;charset=UTF-8",
                DashboardCsv.write(dashboard, translations, locale));
    }

    /** The dashboard as an A4 PDF. */
    public DashboardExport pdf(long courseId, Locale locale) {
        TeamDashboard dashboard = dashboard(courseId);
        return new DashboardExport(
                fileName(dashboard.courseTitle(), "pdf"),
                "application/pdf",
                DashboardPdf.write(dashboard, translations, locale));
    }

    /** {@code teamdashboard-<title in lower case, plain letters and dashes>.<extension>}. */
    static String fileName(String courseTitle, String extension) {
        String plain = Normalizer.normalize(courseTitle, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "teamdashboard" + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
    }

    // ---- access

    private static boolean allowed(CourseAccess access, PendelUser user) {
        if (access.canManage(user)) {
            return true;
        }
        return access.status().visibleToTeam()
                && user.hasRole(Role.TEAM_LEAD)
                && Long.valueOf(access.teamId()).equals(user.teamId());
    }

    // ---- aggregation in the database

    /** A moment and the id of what is aggregated (competence, indicator, orientation ordinal). */
    private record Key(MomentKind kind, long id) {}

    private static final String SUBMITTED = """
            from assessment_moment m
            join self_assessment a on a.moment_id = m.id and a.state = 'SUBMITTED'
            join self_assessment_rating r on r.assessment_id = a.id
            join indicator i on i.id = r.indicator_id
            """;

    private Map<MomentKind, Integer> submittedPerMoment(long courseId) {
        Map<MomentKind, Integer> result = new EnumMap<>(MomentKind.class);
        jdbc.sql("""
                        select m.kind, count(distinct a.person_id)
                        from assessment_moment m
                        join self_assessment a on a.moment_id = m.id and a.state = 'SUBMITTED'
                        where m.course_id = :course
                        group by m.kind""").param("course", courseId).query(rs -> {
            result.put(MomentKind.valueOf(rs.getString(1)), rs.getInt(2));
        });
        return result;
    }

    /** One person's score on one competence at one moment: the average of their indicator ratings. */
    private record PersonScore(MomentKind kind, long competenceId, long personId, double score) {}

    /**
     * Per moment, competence and person the average of their ratings of the competence's
     * indicators, in one query: the team's figures and every breakdown group are computed from
     * these rows, so the number of statements does not grow with the subgroups and disciplines.
     */
    private List<PersonScore> personScores(long courseId) {
        return jdbc.sql("""
                        select m.kind, i.competence_id, a.person_id, avg(r.level_value)
                        """ + SUBMITTED + """
                        where m.course_id = :course
                        group by m.kind, i.competence_id, a.person_id""")
                .param("course", courseId)
                .query((rs, row) -> new PersonScore(
                        MomentKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getDouble(4)))
                .list();
    }

    /**
     * Per moment and competence, over people: the count, average, population spread, min and max
     * of the people's scores. Only the given people when {@code personIds} is not null.
     */
    private static Map<Key, Stats> competenceStats(List<PersonScore> scores, @Nullable Collection<Long> personIds) {
        Map<Key, List<Double>> values = new HashMap<>();
        Set<Long> only = personIds == null ? null : Set.copyOf(personIds);
        for (PersonScore score : scores) {
            if (only == null || only.contains(score.personId())) {
                values.computeIfAbsent(new Key(score.kind(), score.competenceId()), k -> new ArrayList<>())
                        .add(score.score());
            }
        }
        Map<Key, Stats> result = new HashMap<>();
        values.forEach((key, list) -> {
            double average =
                    list.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double variance = list.stream()
                    .mapToDouble(v -> (v - average) * (v - average))
                    .average()
                    .orElse(0);
            double min = list.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = list.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            result.put(key, Stats.of(list.size(), average, Math.sqrt(variance), min, max));
        });
        return result;
    }

    /** Per moment and indicator: count, average, spread, min and max of the levels (one per person). */
    private Map<Key, Stats> indicatorStats(long courseId) {
        return stats(jdbc.sql("""
                        select m.kind, r.indicator_id, count(distinct a.person_id), avg(r.level_value),
                               stddev_pop(r.level_value), min(r.level_value), max(r.level_value)
                        """ + SUBMITTED + """
                        where m.course_id = :course
                        group by m.kind, r.indicator_id""").param("course", courseId));
    }

    /**
     * Per moment and side (preventive, environment): per person the average of their ratings on
     * that side's competences, then the team figures over people. The key's id is the ordinal.
     */
    private Map<Key, Stats> orientationStats(long courseId) {
        Map<Key, Stats> byName = stats(jdbc.sql("""
                        select t.kind, case t.orientation when 'PREVENTIVE' then 0 else 1 end, count(*),
                               avg(t.score), stddev_pop(t.score), min(t.score), max(t.score)
                        from (select m.kind, c.orientation, a.person_id, avg(r.level_value) score
                              """ + SUBMITTED + """
                              join competence c on c.id = i.competence_id
                              where m.course_id = :course
                              group by m.kind, c.orientation, a.person_id) t
                        group by t.kind, t.orientation""").param("course", courseId));
        return byName;
    }

    private static Map<Key, Stats> stats(JdbcClient.StatementSpec spec) {
        Map<Key, Stats> result = new HashMap<>();
        spec.query(rs -> {
            result.put(
                    new Key(MomentKind.valueOf(rs.getString(1)), rs.getLong(2)),
                    Stats.of(rs.getInt(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)));
        });
        return result;
    }

    private DevelopmentPoints developmentPoints(
            long courseId,
            ProgrammeOutline.Framework framework,
            List<MomentKind> filled,
            Map<MomentKind, Integer> submitted) {
        List<Integer> levels = framework.scale().stream()
                .map(ProgrammeOutline.Level::value)
                .sorted()
                .limit(2)
                .toList();
        if (filled.isEmpty()) {
            return new DevelopmentPoints(null, false, levels, List.of());
        }
        MomentKind latest = filled.getLast();
        if (submitted.getOrDefault(latest, 0) < TeamDashboard.MIN_PEOPLE) {
            return new DevelopmentPoints(latest, true, levels, List.of());
        }
        Map<Long, ProgrammeOutline.Indicator> indicators = new HashMap<>();
        Map<Long, String> competenceOf = new HashMap<>();
        framework.competences().forEach(c -> c.indicators().forEach(i -> {
            indicators.put(i.id(), i);
            competenceOf.put(i.id(), c.code());
        }));
        List<DevelopmentPoint> points = new ArrayList<>();
        jdbc.sql("""
                        select r.indicator_id, count(distinct a.person_id) people
                        """ + SUBMITTED + """
                        join competence c on c.id = i.competence_id
                        where m.course_id = :course and m.kind = :kind and r.level_value in (:levels)
                        group by r.indicator_id, c.position, i.position
                        order by people desc, c.position, i.position
                        """ + " limit " + TOP)
                .param("course", courseId)
                .param("kind", latest.name())
                .param("levels", levels)
                .query(rs -> {
                    ProgrammeOutline.Indicator indicator = indicators.get(rs.getLong(1));
                    if (indicator != null) {
                        points.add(new DevelopmentPoint(
                                competenceOf.get(indicator.id()), indicator.code(), indicator.text(), rs.getInt(2)));
                    }
                });
        return new DevelopmentPoints(latest, false, levels, points);
    }

    // ---- breakdowns

    private List<GroupRow> bySubgroup(
            long courseId, List<PersonScore> scores, ProgrammeOutline.Framework framework, List<MomentKind> filled) {
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(courseId);
        Map<Long, Set<Long>> members = subgroups.membersBySubgroup(numbers.keySet());
        List<GroupRow> rows = new ArrayList<>();
        numbers.forEach((id, number) -> {
            Set<Long> ids = members.getOrDefault(id, Set.of());
            rows.add(new GroupRow(number, null, ids.size(), group(scores, ids, framework, filled)));
        });
        return rows;
    }

    private List<GroupRow> byDiscipline(
            List<PersonScore> scores,
            Set<Long> participantIds,
            ProgrammeOutline.Framework framework,
            List<MomentKind> filled) {
        Map<Discipline, List<Long>> byDiscipline = new TreeMap<>();
        for (PersonProfile person : people.profiles(participantIds)) {
            Discipline discipline = person.discipline() == null ? Discipline.OTHER : person.discipline();
            byDiscipline.computeIfAbsent(discipline, d -> new ArrayList<>()).add(person.id());
        }
        List<GroupRow> rows = new ArrayList<>();
        byDiscipline.forEach((discipline, ids) ->
                rows.add(new GroupRow(null, discipline, ids.size(), group(scores, ids, framework, filled))));
        return rows;
    }

    private static Map<String, Map<MomentKind, Stats>> group(
            List<PersonScore> scores,
            Collection<Long> ids,
            ProgrammeOutline.Framework framework,
            List<MomentKind> filled) {
        Map<Key, Stats> stats = ids.size() < TeamDashboard.MIN_PEOPLE ? Map.of() : competenceStats(scores, ids);
        Map<String, Map<MomentKind, Stats>> result = new LinkedHashMap<>();
        for (ProgrammeOutline.Competence competence : framework.competences()) {
            result.put(competence.code(), perMoment(filled, stats, competence.id()));
        }
        return result;
    }

    // ---- attendance

    private AttendanceSummary attendance(long courseId) {
        List<ParticipantHours> hours = attendance.overview(courseId);
        int held = hours.stream().mapToInt(ParticipantHours::meetingsHeld).max().orElse(0);
        double attended = hours.stream()
                .mapToInt(ParticipantHours::meetingsAttended)
                .average()
                .orElse(0);
        int all = (int) hours.stream()
                .filter(h -> held > 0 && h.meetingsAttended() >= held)
                .count();
        double contact = hours.stream()
                .mapToDouble(ParticipantHours::contactHours)
                .average()
                .orElse(0);
        return new AttendanceSummary(hours.size(), held, attended, all, contact);
    }

    // ---- helpers

    private static Map<MomentKind, Stats> perMoment(List<MomentKind> filled, Map<Key, Stats> stats, long id) {
        Map<MomentKind, Stats> result = new EnumMap<>(MomentKind.class);
        for (MomentKind kind : filled) {
            result.put(kind, stats.getOrDefault(new Key(kind, id), Stats.HIDDEN));
        }
        return result;
    }

    /** START → END, and END → FOLLOW_UP when there is a follow-up. */
    private static List<Change> changes(List<MomentKind> filled, Map<MomentKind, Stats> perMoment) {
        List<Change> result = new ArrayList<>();
        for (MomentKind[] pair : pairs(filled)) {
            result.add(new Change(pair[0], pair[1], minus(perMoment.get(pair[1]), perMoment.get(pair[0]))));
        }
        return result;
    }

    /** The consecutive moments both filled in: START → END, END → FOLLOW_UP. */
    private static List<MomentKind[]> pairs(List<MomentKind> filled) {
        List<MomentKind[]> result = new ArrayList<>();
        MomentKind[] kinds = MomentKind.values();
        for (int i = 1; i < kinds.length; i++) {
            if (filled.contains(kinds[i - 1]) && filled.contains(kinds[i])) {
                result.add(new MomentKind[] {kinds[i - 1], kinds[i]});
            }
        }
        return result;
    }

    private static @Nullable Double minus(@Nullable Stats a, @Nullable Stats b) {
        if (a == null || b == null || a.average() == null || b.average() == null) {
            return null;
        }
        return a.average() - b.average();
    }
}
