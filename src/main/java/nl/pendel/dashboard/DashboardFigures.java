package nl.pendel.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.assessment.MomentKind;
import nl.pendel.dashboard.TeamDashboard.BalanceChange;
import nl.pendel.dashboard.TeamDashboard.BalanceMoment;
import nl.pendel.dashboard.TeamDashboard.Change;
import nl.pendel.dashboard.TeamDashboard.CompetenceRow;
import nl.pendel.dashboard.TeamDashboard.DevelopmentPoint;
import nl.pendel.dashboard.TeamDashboard.DevelopmentPoints;
import nl.pendel.dashboard.TeamDashboard.IndicatorRow;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.dashboard.TeamScores.Key;
import nl.pendel.programme.ProgrammeOutline;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's rows from the team's scores on the course's framework: per competence and
 * indicator, the balance between the sides, a breakdown group, the development points. Only the
 * moments someone submitted at; a figure over too few people is hidden. Pure: no database.
 */
final class DashboardFigures {

    private static final int TOP = 5;

    private final ProgrammeOutline.Framework framework;
    private final TeamScores scores;
    private final List<MomentKind> filled;

    DashboardFigures(ProgrammeOutline.Framework framework, TeamScores scores) {
        this.framework = framework;
        this.scores = scores;
        this.filled = scores.filled();
    }

    List<MomentKind> filled() {
        return filled;
    }

    /** Per competence its figures per moment and changes, and those of each of its indicators. */
    List<CompetenceRow> competences() {
        Map<Key, Stats> competenceStats = scores.competenceStats(null);
        Map<Key, Stats> indicatorStats = scores.indicatorStats();
        return framework.competences().stream()
                .map(c -> {
                    Map<MomentKind, Stats> perMoment = perMoment(competenceStats, c.id());
                    List<IndicatorRow> indicators = c.indicators().stream()
                            .map(i -> {
                                Map<MomentKind, Stats> own = perMoment(indicatorStats, i.id());
                                return new IndicatorRow(i.code(), i.text(), own, changes(own));
                            })
                            .toList();
                    return new CompetenceRow(
                            c.code(), c.shortTitle(), c.orientation(), perMoment, changes(perMoment), indicators);
                })
                .toList();
    }

    /** The preventive and the environment-oriented side at each moment, and the gap between them. */
    List<BalanceMoment> balance() {
        Map<Key, Stats> sides = scores.orientationStats();
        List<BalanceMoment> balance = new ArrayList<>();
        for (MomentKind kind : filled) {
            Stats preventive =
                    sides.getOrDefault(new Key(kind, ProgrammeOutline.Orientation.PREVENTIVE.ordinal()), Stats.HIDDEN);
            Stats environment =
                    sides.getOrDefault(new Key(kind, ProgrammeOutline.Orientation.ENVIRONMENT.ordinal()), Stats.HIDDEN);
            balance.add(new BalanceMoment(kind, preventive, environment, minus(preventive, environment)));
        }
        return balance;
    }

    /** How the balance moved between consecutive moments. */
    List<BalanceChange> balanceChanges(List<BalanceMoment> balance) {
        Map<MomentKind, BalanceMoment> balanceOf = new EnumMap<>(MomentKind.class);
        balance.forEach(b -> balanceOf.put(b.kind(), b));
        List<BalanceChange> changes = new ArrayList<>();
        for (MomentKind[] pair : pairs()) {
            BalanceMoment from = balanceOf.get(pair[0]);
            BalanceMoment to = balanceOf.get(pair[1]);
            changes.add(new BalanceChange(
                    from.kind(),
                    to.kind(),
                    minus(to.preventive(), from.preventive()),
                    minus(to.environment(), from.environment()),
                    to.gap() == null || from.gap() == null ? null : to.gap() - from.gap()));
        }
        return changes;
    }

    /** Per competence code the figures per moment over these people; hidden when too few. */
    Map<String, Map<MomentKind, Stats>> group(Collection<Long> ids) {
        Map<Key, Stats> stats = ids.size() < TeamDashboard.MIN_PEOPLE ? Map.of() : scores.competenceStats(ids);
        Map<String, Map<MomentKind, Stats>> result = new LinkedHashMap<>();
        for (ProgrammeOutline.Competence competence : framework.competences()) {
            result.put(competence.code(), perMoment(stats, competence.id()));
        }
        return result;
    }

    /**
     * The indicators most people rated at one of the two lowest levels at the latest moment filled
     * in, at most {@link #TOP}, most people first and then in the framework's order; hidden when
     * fewer than {@link TeamDashboard#MIN_PEOPLE} submitted then.
     */
    DevelopmentPoints developmentPoints(List<Integer> lowest) {
        if (filled.isEmpty()) {
            return new DevelopmentPoints(null, false, lowest, List.of());
        }
        MomentKind latest = filled.getLast();
        if (scores.submitted().getOrDefault(latest, 0) < TeamDashboard.MIN_PEOPLE) {
            return new DevelopmentPoints(latest, true, lowest, List.of());
        }
        List<DevelopmentPoint> points = new ArrayList<>();
        framework.competences().forEach(c -> c.indicators().forEach(i -> {
            TeamScores.IndicatorFigures own = scores.indicator(latest, i.id());
            if (own != null && own.lowPeople() > 0) {
                points.add(new DevelopmentPoint(c.code(), i.code(), i.text(), own.lowPeople()));
            }
        }));
        // a stable sort: equal counts keep the framework's order
        points.sort(Comparator.comparingInt(DevelopmentPoint::people).reversed());
        return new DevelopmentPoints(latest, false, lowest, points.subList(0, Math.min(TOP, points.size())));
    }

    private Map<MomentKind, Stats> perMoment(Map<Key, Stats> stats, long id) {
        Map<MomentKind, Stats> result = new EnumMap<>(MomentKind.class);
        for (MomentKind kind : filled) {
            result.put(kind, stats.getOrDefault(new Key(kind, id), Stats.HIDDEN));
        }
        return result;
    }

    /** START → END, and END → FOLLOW_UP when there is a follow-up. */
    private List<Change> changes(Map<MomentKind, Stats> perMoment) {
        List<Change> result = new ArrayList<>();
        for (MomentKind[] pair : pairs()) {
            result.add(new Change(pair[0], pair[1], minus(perMoment.get(pair[1]), perMoment.get(pair[0]))));
        }
        return result;
    }

    /** The consecutive moments both filled in: START → END, END → FOLLOW_UP. */
    private List<MomentKind[]> pairs() {
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
