package nl.pendel.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pendel.assessment.CourseRatings;
import nl.pendel.assessment.MomentKind;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.programme.ProgrammeOutline;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a course's submitted self-assessments over people, computed from every rating
 * (one statement, {@link CourseRatings}): per person and competence the sum and number of their
 * ratings (their score is the average), and per indicator the levels over people. The team's
 * figures per competence and side and every breakdown group are computed over people's scores.
 * Pure: no database, no checks.
 */
final class TeamScores {

    /** A moment and the id of what is aggregated (competence, indicator, orientation ordinal). */
    record Key(MomentKind kind, long id) {}

    /**
     * One indicator at one moment: the team's figures over the people's levels, and how many
     * people rated it at one of the two lowest levels (for the development points).
     */
    record IndicatorFigures(Stats stats, int lowPeople) {}

    /** One person's ratings on one competence at one moment: their sum and number. */
    private record PersonScore(MomentKind kind, long competenceId, long personId, long sum, int count) {

        double score() {
            return (double) sum / count;
        }
    }

    private final List<CourseRatings.MomentPeriod> moments;
    private final List<PersonScore> people;
    private final Map<Key, IndicatorFigures> indicators;
    private final ProgrammeOutline.Framework framework;

    private TeamScores(
            List<CourseRatings.MomentPeriod> moments,
            List<PersonScore> people,
            Map<Key, IndicatorFigures> indicators,
            ProgrammeOutline.Framework framework) {
        this.moments = moments;
        this.people = people;
        this.indicators = indicators;
        this.framework = framework;
    }

    /** The figures of these ratings on the course's framework; {@code lowest} are the two lowest levels. */
    static TeamScores of(CourseRatings ratings, ProgrammeOutline.Framework framework, List<Integer> lowest) {
        Map<Long, Long> competenceOf = new HashMap<>();
        framework.competences().forEach(c -> c.indicators().forEach(i -> competenceOf.put(i.id(), c.id())));
        record PersonCompetence(MomentKind kind, long competenceId, long personId) {}
        Map<PersonCompetence, long[]> sums = new java.util.LinkedHashMap<>();
        Map<Key, List<Integer>> levels = new HashMap<>();
        for (CourseRatings.Rating rating : ratings.ratings()) {
            Long competenceId = competenceOf.get(rating.indicatorId());
            if (competenceId != null) {
                long[] sum = sums.computeIfAbsent(
                        new PersonCompetence(rating.kind(), competenceId, rating.personId()), k -> new long[2]);
                sum[0] += rating.level();
                sum[1]++;
            }
            levels.computeIfAbsent(new Key(rating.kind(), rating.indicatorId()), k -> new ArrayList<>())
                    .add(rating.level());
        }
        List<PersonScore> people = new ArrayList<>();
        sums.forEach((p, sum) ->
                people.add(new PersonScore(p.kind(), p.competenceId(), p.personId(), sum[0], (int) sum[1])));
        Map<Key, IndicatorFigures> indicators = new HashMap<>();
        levels.forEach((key, values) -> indicators.put(
                key,
                new IndicatorFigures(
                        stats(values.stream().map(Integer::doubleValue).toList()),
                        (int) values.stream().filter(lowest::contains).count())));
        return new TeamScores(ratings.moments(), people, indicators, framework);
    }

    List<CourseRatings.MomentPeriod> moments() {
        return moments;
    }

    /** Per moment, how many people submitted. */
    Map<MomentKind, Integer> submitted() {
        Map<MomentKind, Set<Long>> who = new EnumMap<>(MomentKind.class);
        people.forEach(p -> who.computeIfAbsent(p.kind(), k -> new HashSet<>()).add(p.personId()));
        Map<MomentKind, Integer> result = new EnumMap<>(MomentKind.class);
        who.forEach((kind, ids) -> result.put(kind, ids.size()));
        return result;
    }

    /** The moments with at least one submitted self-assessment, in order. */
    List<MomentKind> filled() {
        Map<MomentKind, Integer> submitted = submitted();
        return moments.stream()
                .map(CourseRatings.MomentPeriod::kind)
                .filter(k -> submitted.getOrDefault(k, 0) > 0)
                .toList();
    }

    /** The figures of one indicator at one moment, or null when nobody rated it then. */
    @Nullable
    IndicatorFigures indicator(MomentKind kind, long indicatorId) {
        return indicators.get(new Key(kind, indicatorId));
    }

    /** Per moment and indicator, the team's figures. */
    Map<Key, Stats> indicatorStats() {
        Map<Key, Stats> result = new HashMap<>();
        indicators.forEach((key, figures) -> result.put(key, figures.stats()));
        return result;
    }

    /**
     * Per moment and competence, over people: the count, average, population spread, min and max
     * of the people's scores. Only the given people when {@code personIds} is not null.
     */
    Map<Key, Stats> competenceStats(@Nullable Collection<Long> personIds) {
        Map<Key, List<Double>> values = new HashMap<>();
        Set<Long> only = personIds == null ? null : Set.copyOf(personIds);
        for (PersonScore score : people) {
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
    Map<Key, Stats> orientationStats() {
        Map<Long, ProgrammeOutline.Orientation> sideOf = new HashMap<>();
        framework.competences().forEach(c -> sideOf.put(c.id(), c.orientation()));
        record Side(MomentKind kind, int side, long personId) {}
        Map<Side, long[]> sums = new HashMap<>();
        for (PersonScore score : people) {
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
        values.forEach((key, list) -> result.put(key, stats(list)));
        return result;
    }

    private static Stats stats(List<Double> list) {
        double average =
                list.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = list.stream()
                .mapToDouble(v -> (v - average) * (v - average))
                .average()
                .orElse(0);
        double min = list.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = list.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Stats.of(list.size(), average, Math.sqrt(variance), min, max);
    }
}
