package nl.pendel.dashboard;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceTotals;
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
import nl.pendel.homework.HomeworkFiguresService;
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
 * administrators; never for participants or leads of other teams. The self-assessment ratings
 * are aggregated in the database over submitted self-assessments only: per indicator over people
 * (avg, stddev_pop, min, max, count), and per person and competence (sum and number), from which
 * the team's figures per competence and side and every breakdown group are computed over people.
 * A figure over fewer than {@link TeamDashboard#MIN_PEOPLE} people comes back hidden, without
 * numbers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TeamDashboardService {

    private static final int TOP = 5;

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final SelfAssessmentService assessments;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final AttendanceService attendance;
    private final HomeworkFiguresService homework;
    private final CurrentUser currentUser;
    private final Translations translations;

    TeamDashboardService(
            JdbcClient jdbc,
            CourseService courses,
            SelfAssessmentService assessments,
            SubgroupService subgroups,
            PersonService people,
            AttendanceService attendance,
            HomeworkFiguresService homework,
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
    public boolean mayView(long courseId) {
        return courses.access(courseId)
                .map(access -> allowed(access, currentUser.require()))
                .orElse(false);
    }

    /**
     * The dashboard of one course, in one read-only transaction and a fixed number of statements
     * (the self-assessment figures in two aggregating queries, then the subgroups, the
     * participants' disciplines, attendance, homework), however many people and moments.
     */
    public TeamDashboard dashboard(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!allowed(access, currentUser.require())) {
            throw new AccessDeniedException("The dashboard is for the team lead and the course's trainers");
        }
        String title = courses.summary(courseId).title();
        ProgrammeOutline.Framework framework = assessments.framework(courseId);
        int participants = access.participantIds().size();

        Scores scores = scores(courseId);
        Map<MomentKind, Integer> submitted = scores.submitted();
        List<MomentCompletion> completion = scores.moments().stream()
                .map(m -> new MomentCompletion(
                        m.kind(), m.opensOn(), m.closesOn(), submitted.getOrDefault(m.kind(), 0), participants))
                .toList();
        List<MomentKind> filled = scores.moments().stream()
                .map(MomentRow::kind)
                .filter(k -> submitted.getOrDefault(k, 0) > 0)
                .toList();

        List<Integer> lowest = framework.scale().stream()
                .map(ProgrammeOutline.Level::value)
                .sorted()
                .limit(2)
                .toList();
        Map<Key, IndicatorFigures> indicatorFigures = indicatorFigures(courseId, lowest);
        Map<Key, Stats> competenceStats = competenceStats(scores.people(), null);
        Map<Key, Stats> indicatorStats = new HashMap<>();
        indicatorFigures.forEach((key, figures) -> indicatorStats.put(key, figures.stats()));
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

        Map<Key, Stats> sides = orientationStats(scores.people(), framework);
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
                bySubgroup(courseId, scores.people(), framework, filled),
                byDiscipline(scores.people(), access.participantIds(), framework, filled),
                developmentPoints(framework, filled, submitted, lowest, indicatorFigures),
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

    /** A moment of the course as the dashboard lists it. */
    private record MomentRow(MomentKind kind, LocalDate opensOn, LocalDate closesOn) {}

    /**
     * One person's ratings on one competence at one moment: their sum and number (the score is
     * their average; the side of a person adds up the ratings of the side's competences).
     */
    private record PersonScore(MomentKind kind, long competenceId, long personId, long sum, int count) {

        double score() {
            return (double) sum / count;
        }
    }

    /** The course's moments in order, and per moment, competence and person their ratings. */
    private record Scores(List<MomentRow> moments, List<PersonScore> people) {

        /** Per moment, how many people submitted. */
        Map<MomentKind, Integer> submitted() {
            Map<MomentKind, Set<Long>> who = new EnumMap<>(MomentKind.class);
            people.forEach(
                    p -> who.computeIfAbsent(p.kind(), k -> new HashSet<>()).add(p.personId()));
            Map<MomentKind, Integer> result = new EnumMap<>(MomentKind.class);
            who.forEach((kind, ids) -> result.put(kind, ids.size()));
            return result;
        }
    }

    /**
     * The course's moments with, per moment, competence and person, the sum and number of their
     * ratings of the competence's indicators over submitted self-assessments, in one query: the
     * team's figures, the balance and every breakdown group are computed from these rows, so the
     * number of statements does not grow with moments, subgroups or disciplines. A moment nobody
     * submitted at comes as one row without person. (Submitting needs every indicator rated, so
     * the people with rows are the people who submitted.)
     */
    private Scores scores(long courseId) {
        Map<MomentKind, MomentRow> moments = new LinkedHashMap<>();
        List<PersonScore> people = new ArrayList<>();
        jdbc.sql("""
                        select m.kind, m.opens_on, m.closes_on, i.competence_id, a.person_id,
                               sum(r.level_value), count(r.level_value)
                        from assessment_moment m
                        left join (self_assessment a
                                   join self_assessment_rating r on r.assessment_id = a.id
                                   join indicator i on i.id = r.indicator_id)
                               on a.moment_id = m.id and a.state = 'SUBMITTED'
                        where m.course_id = :course
                        group by m.position, m.kind, m.opens_on, m.closes_on, i.competence_id, a.person_id
                        order by m.position""").param("course", courseId).query(rs -> {
            MomentKind kind = MomentKind.valueOf(rs.getString(1));
            if (!moments.containsKey(kind)) {
                moments.put(
                        kind, new MomentRow(kind, rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
            }
            long personId = rs.getLong(5);
            if (!rs.wasNull()) {
                people.add(new PersonScore(kind, rs.getLong(4), personId, rs.getLong(6), rs.getInt(7)));
            }
        });
        return new Scores(List.copyOf(moments.values()), people);
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
        return stats(values);
    }

    /**
     * Per moment and side (preventive, environment): per person the average of their ratings on
     * that side's competences, then the team figures over people. The key's id is the ordinal.
     */
    private static Map<Key, Stats> orientationStats(List<PersonScore> scores, ProgrammeOutline.Framework framework) {
        Map<Long, ProgrammeOutline.Orientation> sideOf = new HashMap<>();
        framework.competences().forEach(c -> sideOf.put(c.id(), c.orientation()));
        record Side(MomentKind kind, int side, long personId) {}
        Map<Side, long[]> sums = new HashMap<>();
        for (PersonScore score : scores) {
            ProgrammeOutline.Orientation side = sideOf.get(score.competenceId());
            if (side != null) {
                long[] sum = sums.computeIfAbsent(
                        new Side(score.kind(), side.ordinal(), score.personId()), k -> new long[2]);
                sum[0] += score.sum();
                sum[1] += score.count();
            }
        }
        Map<Key, List<Double>> values = new HashMap<>();
        sums.forEach((side, sum) -> values.computeIfAbsent(new Key(side.kind(), side.side()), k -> new ArrayList<>())
                .add((double) sum[0] / sum[1]));
        return stats(values);
    }

    /** Count, average, population spread, min and max of each list of values. */
    private static Map<Key, Stats> stats(Map<Key, List<Double>> values) {
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

    /**
     * One indicator at one moment: the team's figures over the people's levels, and how many
     * people rated it at one of the two lowest levels (for the development points).
     */
    private record IndicatorFigures(Stats stats, int lowPeople) {}

    /**
     * Per moment and indicator: count, average, spread, min and max of the levels (one per
     * person), and how many people gave one of the {@code lowest} levels, in one query.
     */
    private Map<Key, IndicatorFigures> indicatorFigures(long courseId, List<Integer> lowest) {
        Map<Key, IndicatorFigures> result = new HashMap<>();
        jdbc.sql("""
                        select m.kind, r.indicator_id, count(distinct a.person_id), avg(r.level_value),
                               stddev_pop(r.level_value), min(r.level_value), max(r.level_value),
                               count(distinct case when r.level_value in (:lowest) then a.person_id end)
                        from assessment_moment m
                        join self_assessment a on a.moment_id = m.id and a.state = 'SUBMITTED'
                        join self_assessment_rating r on r.assessment_id = a.id
                        where m.course_id = :course
                        group by m.kind, r.indicator_id""")
                .param("course", courseId)
                .param("lowest", lowest.isEmpty() ? List.of(Integer.MIN_VALUE) : lowest)
                .query(rs -> {
                    result.put(
                            new Key(MomentKind.valueOf(rs.getString(1)), rs.getLong(2)),
                            new IndicatorFigures(
                                    Stats.of(
                                            rs.getInt(3),
                                            rs.getDouble(4),
                                            rs.getDouble(5),
                                            rs.getDouble(6),
                                            rs.getDouble(7)),
                                    rs.getInt(8)));
                });
        return result;
    }

    /**
     * The indicators most people rated at one of the two lowest levels at the latest moment filled
     * in, at most {@link #TOP}, most people first and then in the framework's order; hidden when
     * fewer than {@link TeamDashboard#MIN_PEOPLE} submitted then.
     */
    private static DevelopmentPoints developmentPoints(
            ProgrammeOutline.Framework framework,
            List<MomentKind> filled,
            Map<MomentKind, Integer> submitted,
            List<Integer> lowest,
            Map<Key, IndicatorFigures> figures) {
        if (filled.isEmpty()) {
            return new DevelopmentPoints(null, false, lowest, List.of());
        }
        MomentKind latest = filled.getLast();
        if (submitted.getOrDefault(latest, 0) < TeamDashboard.MIN_PEOPLE) {
            return new DevelopmentPoints(latest, true, lowest, List.of());
        }
        List<DevelopmentPoint> points = new ArrayList<>();
        framework.competences().forEach(c -> c.indicators().forEach(i -> {
            IndicatorFigures own = figures.get(new Key(latest, i.id()));
            if (own != null && own.lowPeople() > 0) {
                points.add(new DevelopmentPoint(c.code(), i.code(), i.text(), own.lowPeople()));
            }
        }));
        // a stable sort: equal counts keep the framework's order
        points.sort(Comparator.comparingInt(DevelopmentPoint::people).reversed());
        return new DevelopmentPoints(latest, false, lowest, points.subList(0, Math.min(TOP, points.size())));
    }

    // ---- breakdowns

    private List<GroupRow> bySubgroup(
            long courseId, List<PersonScore> scores, ProgrammeOutline.Framework framework, List<MomentKind> filled) {
        List<GroupRow> rows = new ArrayList<>();
        subgroups
                .membersByNumber(courseId)
                .forEach((number, ids) ->
                        rows.add(new GroupRow(number, null, ids.size(), group(scores, ids, framework, filled))));
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
        AttendanceTotals totals = attendance.totals(courseId);
        return new AttendanceSummary(
                totals.participants(),
                totals.meetingsHeld(),
                totals.averageAttended(),
                totals.attendedAll(),
                totals.averageHours());
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
