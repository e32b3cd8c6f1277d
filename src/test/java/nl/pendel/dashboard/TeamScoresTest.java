package nl.pendel.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.pendel.assessment.CourseRatings;
import nl.pendel.assessment.MomentKind;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeOutline.Orientation;
import org.junit.jupiter.api.Test;

/** The team's figures from individual ratings, without a database. */
class TeamScoresTest {

    private static final List<ProgrammeOutline.Level> SCALE = List.of(
            new ProgrammeOutline.Level(1, "1", ""),
            new ProgrammeOutline.Level(2, "2", ""),
            new ProgrammeOutline.Level(3, "3", ""),
            new ProgrammeOutline.Level(4, "4", ""),
            new ProgrammeOutline.Level(5, "5", ""));

    /** Competence 10 (preventive) with indicators 11 and 12, competence 20 (environment) with indicator 21. */
    private static final ProgrammeOutline.Framework FRAMEWORK = new ProgrammeOutline.Framework(
            1,
            "test",
            1,
            "Test",
            SCALE,
            List.of(
                    new ProgrammeOutline.Competence(
                            10,
                            "1",
                            "Een",
                            "Een",
                            Orientation.PREVENTIVE,
                            List.of(
                                    new ProgrammeOutline.Indicator(11, "1.1", "a"),
                                    new ProgrammeOutline.Indicator(12, "1.2", "b"))),
                    new ProgrammeOutline.Competence(
                            20,
                            "2",
                            "Twee",
                            "Twee",
                            Orientation.ENVIRONMENT,
                            List.of(new ProgrammeOutline.Indicator(21, "2.1", "c")))));

    private static final List<CourseRatings.MomentPeriod> MOMENTS = List.of(
            new CourseRatings.MomentPeriod(MomentKind.START, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 14)),
            new CourseRatings.MomentPeriod(MomentKind.END, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14)));

    /** Person p rates indicators 11, 12, 21 at START with these levels. */
    private static List<CourseRatings.Rating> start(long person, int i11, int i12, int i21) {
        return List.of(
                new CourseRatings.Rating(MomentKind.START, person, 11, i11),
                new CourseRatings.Rating(MomentKind.START, person, 12, i12),
                new CourseRatings.Rating(MomentKind.START, person, 21, i21));
    }

    private static TeamScores scores(List<List<CourseRatings.Rating>> people) {
        List<CourseRatings.Rating> all = new ArrayList<>();
        people.forEach(all::addAll);
        return TeamScores.of(new CourseRatings(MOMENTS, all), FRAMEWORK, List.of(1, 2));
    }

    @Test
    void a_competence_is_figured_over_the_people_averages_and_an_indicator_over_their_levels() {
        TeamScores scores = scores(List.of(start(1, 1, 2, 4), start(2, 3, 3, 4), start(3, 5, 4, 1)));

        assertThat(scores.filled()).containsExactly(MomentKind.START);
        assertThat(scores.submitted()).containsEntry(MomentKind.START, 3);
        Stats competence = scores.competenceStats(null).get(new TeamScores.Key(MomentKind.START, 10));
        // people's averages 1.5, 3 and 4.5
        assertThat(competence.average()).isCloseTo(3.0, within(1e-9));
        assertThat(competence.spread()).isCloseTo(Math.sqrt(1.5), within(1e-9));
        assertThat(competence.min()).isEqualTo(1.5);
        assertThat(competence.max()).isEqualTo(4.5);
        TeamScores.IndicatorFigures first = scores.indicator(MomentKind.START, 11);
        assertThat(first.stats().average()).isCloseTo(3.0, within(1e-9));
        assertThat(first.lowPeople()).isEqualTo(1);
        assertThat(scores.indicator(MomentKind.START, 12).lowPeople()).isEqualTo(1);
    }

    @Test
    void the_sides_add_up_each_persons_ratings_of_their_competences() {
        TeamScores scores = scores(List.of(start(1, 1, 2, 4), start(2, 3, 3, 4), start(3, 5, 4, 1)));

        Stats preventive =
                scores.orientationStats().get(new TeamScores.Key(MomentKind.START, Orientation.PREVENTIVE.ordinal()));
        Stats environment =
                scores.orientationStats().get(new TeamScores.Key(MomentKind.START, Orientation.ENVIRONMENT.ordinal()));
        assertThat(preventive.average()).isCloseTo(3.0, within(1e-9));
        assertThat(environment.average()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void fewer_than_three_people_give_hidden_figures_and_hidden_development_points() {
        TeamScores scores = scores(List.of(start(1, 1, 2, 4), start(2, 3, 3, 4)));
        DashboardFigures figures = new DashboardFigures(FRAMEWORK, scores);

        assertThat(scores.competenceStats(null)
                        .get(new TeamScores.Key(MomentKind.START, 10))
                        .hidden())
                .isTrue();
        assertThat(figures.group(Set.of(1L, 2L)).get("1").get(MomentKind.START).hidden())
                .isTrue();
        assertThat(figures.developmentPoints(List.of(1, 2)).hidden()).isTrue();
        assertThat(figures.competences().getFirst().perMoment()).containsOnlyKeys(MomentKind.START);
    }

    @Test
    void development_points_are_the_indicators_most_people_rated_low_most_first() {
        TeamScores scores = scores(List.of(start(1, 1, 2, 4), start(2, 3, 1, 4), start(3, 5, 2, 1)));
        DashboardFigures figures = new DashboardFigures(FRAMEWORK, scores);

        TeamDashboard.DevelopmentPoints points = figures.developmentPoints(List.of(1, 2));
        assertThat(points.moment()).isEqualTo(MomentKind.START);
        assertThat(points.points())
                .extracting(TeamDashboard.DevelopmentPoint::indicatorCode, TeamDashboard.DevelopmentPoint::people)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.2", 3),
                        org.assertj.core.groups.Tuple.tuple("1.1", 1),
                        org.assertj.core.groups.Tuple.tuple("2.1", 1));
    }
}
