package nl.pendel.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonSummary;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MomentKind;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.dashboard.TeamDashboard.CompetenceRow;
import nl.pendel.dashboard.TeamDashboard.GroupRow;
import nl.pendel.dashboard.TeamDashboard.Stats;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeOutline.Orientation;
import nl.pendel.security.Role;
import nl.pendel.shared.Translations;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The team-lead dashboard on the real MariaDB: hand-computed figures, hiding, access, exports. */
@IntegrationTest
class TeamDashboardServiceTest {

    private static final double EPS = 0.0001;

    @Autowired
    TestData testData;

    @Autowired
    TeamDashboardService dashboards;

    @Autowired
    SelfAssessmentService assessments;

    @Test
    void averages_spread_changes_balance_and_development_points_are_computed_from_submitted_ones_only() {
        CourseFixture fixture = testData.published(4);
        ProgrammeOutline.Framework framework = framework(fixture);
        List<ProgrammeOutline.Competence> cs = framework.competences();
        ProgrammeOutline.Competence c1 = cs.get(0);
        ProgrammeOutline.Competence c2 = cs.get(1);
        assertThat(c1.orientation()).isEqualTo(Orientation.PREVENTIVE);
        assertThat(c2.orientation()).isEqualTo(Orientation.ENVIRONMENT);
        long firstOfC1 = c1.indicators().getFirst().id();
        long firstOfC2 = c2.indicators().getFirst().id();
        List<PersonSummary> p = fixture.participants();

        // START: preventive 1, 2, 4 (p2 rates the first indicator of competence 1 at 5); environment 3
        Moment start = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
        submit(fixture, start, p.get(0), ratings(framework, 1, 3, Map.of()));
        submit(fixture, start, p.get(1), ratings(framework, 2, 3, Map.of()));
        submit(fixture, start, p.get(2), ratings(framework, 4, 3, Map.of(firstOfC1, 5)));
        // a draft does not count
        testData.runAs(
                p.get(3).email(),
                () -> assessments.saveDraft(
                        fixture.course().id(),
                        start.id(),
                        new AssessmentDraft(ratings(framework, 5, 5, Map.of()), "", "", List.of("doel")),
                        0));
        // END: preventive 2, 3, 5; environment 4, but the first indicator of competence 2 at 2 and 1
        Moment end = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 1);
        submit(fixture, end, p.get(0), ratings(framework, 2, 4, Map.of(firstOfC2, 2)));
        submit(fixture, end, p.get(1), ratings(framework, 3, 4, Map.of(firstOfC2, 1)));
        submit(fixture, end, p.get(2), ratings(framework, 5, 4, Map.of()));

        TeamDashboard d = testData.runAs(
                fixture.trainer().email(),
                () -> dashboards.dashboard(fixture.course().id()));

        assertThat(d.participants()).isEqualTo(4);
        assertThat(d.completion())
                .extracting(TeamDashboard.MomentCompletion::kind, TeamDashboard.MomentCompletion::submitted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MomentKind.START, 3),
                        org.assertj.core.groups.Tuple.tuple(MomentKind.END, 3),
                        org.assertj.core.groups.Tuple.tuple(MomentKind.FOLLOW_UP, 0));
        assertThat(d.moments()).containsExactly(MomentKind.START, MomentKind.END);

        // competence 1 at START: per person 1, 2 and (5 + 4·(n−1))/n
        int n1 = c1.indicators().size();
        double p2c1 = (5 + 4.0 * (n1 - 1)) / n1;
        Stats c1Start = competence(d, c1.code()).perMoment().get(MomentKind.START);
        assertThat(c1Start.hidden()).isFalse();
        assertThat(c1Start.people()).isEqualTo(3);
        assertThat(c1Start.average()).isCloseTo((1 + 2 + p2c1) / 3, within(EPS));
        assertThat(c1Start.min()).isCloseTo(1.0, within(EPS));
        assertThat(c1Start.max()).isCloseTo(p2c1, within(EPS));
        // its first indicator: 1, 2, 5 → 8/3, population sd √(26/9)
        Stats firstIndicator =
                competence(d, c1.code()).indicators().getFirst().perMoment().get(MomentKind.START);
        assertThat(firstIndicator.average()).isCloseTo(8.0 / 3, within(EPS));
        assertThat(firstIndicator.spread()).isCloseTo(Math.sqrt(26.0 / 9), within(EPS));
        assertThat(firstIndicator.min()).isEqualTo(1.0);
        assertThat(firstIndicator.max()).isEqualTo(5.0);

        // competence 2 (environment): START 3, 3, 3; END per person (2 + 4(n−1))/n, (1 + 4(n−1))/n, 4
        int n2 = c2.indicators().size();
        Stats c2Start = competence(d, c2.code()).perMoment().get(MomentKind.START);
        assertThat(c2Start.average()).isCloseTo(3.0, within(EPS));
        assertThat(c2Start.spread()).isCloseTo(0.0, within(EPS));
        double c2End = ((2 + 4.0 * (n2 - 1)) / n2 + (1 + 4.0 * (n2 - 1)) / n2 + 4) / 3;
        assertThat(competence(d, c2.code()).perMoment().get(MomentKind.END).average())
                .isCloseTo(c2End, within(EPS));
        assertThat(competence(d, c2.code()).changes()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(MomentKind.START);
            assertThat(c.to()).isEqualTo(MomentKind.END);
            assertThat(c.difference()).isCloseTo(c2End - 3.0, within(EPS));
        });
        // the last competence (preventive, no exceptions): 1, 2, 4 → 7/3, sd √(14/9); END +1
        CompetenceRow c4 = d.competences().getLast();
        assertThat(c4.orientation()).isEqualTo(Orientation.PREVENTIVE);
        assertThat(c4.perMoment().get(MomentKind.START).average()).isCloseTo(7.0 / 3, within(EPS));
        assertThat(c4.perMoment().get(MomentKind.START).spread()).isCloseTo(Math.sqrt(14.0 / 9), within(EPS));
        assertThat(c4.changes().getFirst().difference()).isCloseTo(1.0, within(EPS));

        // balance: per person the average over all indicators of that side
        int preventive = count(cs, Orientation.PREVENTIVE);
        int environment = count(cs, Orientation.ENVIRONMENT);
        double startPreventive = (1 + 2 + (5 + 4.0 * (preventive - 1)) / preventive) / 3;
        double endEnvironment =
                ((2 + 4.0 * (environment - 1)) / environment + (1 + 4.0 * (environment - 1)) / environment + 4) / 3;
        TeamDashboard.BalanceMoment atStart = d.balance().getFirst();
        assertThat(atStart.preventive().average()).isCloseTo(startPreventive, within(EPS));
        assertThat(atStart.environment().average()).isCloseTo(3.0, within(EPS));
        assertThat(atStart.gap()).isCloseTo(startPreventive - 3.0, within(EPS));
        TeamDashboard.BalanceMoment atEnd = d.balance().getLast();
        assertThat(atEnd.preventive().average()).isCloseTo(10.0 / 3, within(EPS));
        assertThat(atEnd.environment().average()).isCloseTo(endEnvironment, within(EPS));
        assertThat(d.balanceChanges()).singleElement().satisfies(c -> {
            assertThat(c.preventive()).isCloseTo(10.0 / 3 - startPreventive, within(EPS));
            assertThat(c.environment()).isCloseTo(endEnvironment - 3.0, within(EPS));
            assertThat(c.gap()).isCloseTo((10.0 / 3 - endEnvironment) - (startPreventive - 3.0), within(EPS));
        });

        // development points at END, levels 1 and 2: the first indicator of competence 2 by two
        // people, then every preventive indicator by one (p0 rated them 2), in framework order
        TeamDashboard.DevelopmentPoints points = d.developmentPoints();
        assertThat(points.moment()).isEqualTo(MomentKind.END);
        assertThat(points.hidden()).isFalse();
        assertThat(points.levels()).containsExactly(1, 2);
        assertThat(points.points()).hasSize(5);
        assertThat(points.points().getFirst().indicatorCode())
                .isEqualTo(c2.indicators().getFirst().code());
        assertThat(points.points().getFirst().people()).isEqualTo(2);
        assertThat(points.points().get(1).indicatorCode())
                .isEqualTo(c1.indicators().getFirst().code());
        assertThat(points.points().get(1).people()).isEqualTo(1);

        assertThat(d.homework()).isNotEmpty();
        assertThat(d.attendance().participants()).isEqualTo(4);
    }

    @Test
    void a_breakdown_over_two_people_is_hidden_and_over_three_shown() {
        CourseFixture fixture = testData.published(4);
        ProgrammeOutline.Framework framework = framework(fixture);
        Moment start = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
        List<PersonSummary> p = fixture.participants();
        submit(fixture, start, p.get(0), ratings(framework, 1, 1, Map.of()));
        submit(fixture, start, p.get(1), ratings(framework, 2, 2, Map.of()));

        TeamDashboard two = testData.runAs(
                fixture.trainer().email(),
                () -> dashboards.dashboard(fixture.course().id()));
        assertThat(two.completion().getFirst().submitted()).isEqualTo(2);
        Stats hidden = two.competences().getFirst().perMoment().get(MomentKind.START);
        assertThat(hidden.hidden()).isTrue();
        assertThat(Arrays.asList(hidden.people(), hidden.average(), hidden.spread(), hidden.min(), hidden.max()))
                .containsOnlyNulls();
        assertThat(two.competences()
                        .getFirst()
                        .indicators()
                        .getFirst()
                        .perMoment()
                        .get(MomentKind.START)
                        .hidden())
                .isTrue();
        assertThat(two.balance().getFirst().preventive().hidden()).isTrue();
        assertThat(two.balance().getFirst().gap()).isNull();
        assertThat(two.developmentPoints().hidden()).isTrue();
        assertThat(two.developmentPoints().points()).isEmpty();

        submit(fixture, start, p.get(2), ratings(framework, 3, 3, Map.of()));
        TeamDashboard three = testData.runAs(
                fixture.trainer().email(),
                () -> dashboards.dashboard(fixture.course().id()));
        Stats shown = three.competences().getFirst().perMoment().get(MomentKind.START);
        assertThat(shown.hidden()).isFalse();
        assertThat(shown.people()).isEqualTo(3);
        assertThat(shown.average()).isCloseTo(2.0, within(EPS));
        assertThat(shown.min()).isEqualTo(1.0);
        assertThat(shown.max()).isEqualTo(3.0);
        assertThat(three.balance().getFirst().gap()).isCloseTo(0.0, within(EPS));
        assertThat(three.developmentPoints().hidden()).isFalse();
        // every indicator rated 1 or 2 by two people
        assertThat(three.developmentPoints().points()).hasSize(5).allSatisfy(pt -> assertThat(pt.people())
                .isEqualTo(2));
    }

    @Test
    void a_discipline_of_two_is_hidden_and_one_of_three_shown() {
        // disciplines go round the first six: 13 people give the first discipline 3, the second 2
        CourseFixture fixture = testData.published(13);
        ProgrammeOutline.Framework framework = framework(fixture);
        Moment start = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
        for (PersonSummary person : fixture.participants()) {
            submit(fixture, start, person, ratings(framework, 3, 4, Map.of()));
        }
        TeamDashboard d = testData.runAs(
                fixture.trainer().email(),
                () -> dashboards.dashboard(fixture.course().id()));
        Discipline[] all = Discipline.values();
        GroupRow three = group(d.byDiscipline(), all[0]);
        GroupRow two = group(d.byDiscipline(), all[1]);
        assertThat(three.members()).isEqualTo(3);
        assertThat(two.members()).isEqualTo(2);
        String first = d.competences().getFirst().code();
        Stats shown = three.competences().get(first).get(MomentKind.START);
        assertThat(shown.hidden()).isFalse();
        assertThat(shown.people()).isEqualTo(3);
        assertThat(shown.average()).isCloseTo(3.0, within(EPS));
        assertThat(two.competences().get(first).get(MomentKind.START).hidden()).isTrue();
        assertThat(two.competences().get(first).get(MomentKind.START).average()).isNull();
        for (GroupRow subgroup : d.bySubgroup()) {
            assertThat(subgroup.competences().get(first).get(MomentKind.START).hidden())
                    .as("subgroup %s of %s", subgroup.subgroupNumber(), subgroup.members())
                    .isEqualTo(subgroup.members() < 3);
        }
    }

    @Test
    void the_lead_of_the_course_team_and_its_trainer_see_it_participants_and_other_leads_do_not() {
        CourseFixture fixture = testData.published(4);
        PersonSummary lead = testData.teamLead(fixture.team().id());
        PersonSummary otherLead = testData.person().roles(Role.TEAM_LEAD).create();
        long courseId = fixture.course().id();

        assertThat(testData.runAs(lead.email(), () -> dashboards.dashboard(courseId))
                        .courseId())
                .isEqualTo(courseId);
        assertThat(testData.runAs(lead.email(), () -> dashboards.mayView(courseId)))
                .isTrue();
        assertThat(testData.runAs(fixture.trainer().email(), () -> dashboards.dashboard(courseId))
                        .participants())
                .isEqualTo(4);
        assertThatThrownBy(() ->
                        testData.runAs(fixture.participants().getFirst().email(), () -> dashboards.dashboard(courseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(fixture.participants().getFirst().email(), () -> dashboards.mayView(courseId)))
                .isFalse();
        assertThatThrownBy(() -> testData.runAs(otherLead.email(), () -> dashboards.dashboard(courseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(otherLead.email(), () -> dashboards.csv(courseId, Translations.DUTCH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(testData.trainer().email(), () -> dashboards.dashboard(courseId)))
                .as("a trainer of another course")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_csv_reads_back_as_dutch_excel_would_and_the_pdf_has_the_figures() throws Exception {
        CourseFixture fixture = testData.published(4);
        ProgrammeOutline.Framework framework = framework(fixture);
        Moment start = testData.openMomentToday(
                fixture.trainer().email(), fixture.course().id(), 0);
        List<PersonSummary> p = fixture.participants();
        submit(fixture, start, p.get(0), ratings(framework, 1, 3, Map.of()));
        submit(fixture, start, p.get(1), ratings(framework, 2, 3, Map.of()));
        submit(fixture, start, p.get(2), ratings(framework, 4, 3, Map.of()));
        PersonSummary lead = testData.teamLead(fixture.team().id());
        long courseId = fixture.course().id();
        ProgrammeOutline.Competence last = framework.competences().getLast();

        DashboardExport csv = testData.runAs(lead.email(), () -> dashboards.csv(courseId, Translations.DUTCH));
        byte[] bytes = csv.content();
        assertThat(csv.fileName()).startsWith("teamdashboard-").endsWith(".csv");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\r\n\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        List<List<String>> rows = Arrays.stream(text.split("\r\n"))
                .map(line -> Arrays.asList(line.split(";", -1)))
                .toList();
        assertThat(rows.getFirst())
                .containsExactly("Teamdashboard", fixture.course().title());
        // the last competence at START: 1, 2, 4 → 2,33; sd 1,25; 1,00–4,00
        List<String> competenceRow = rows.stream()
                .filter(r -> r.size() == 8
                        && r.get(0).equals(last.code() + " " + last.shortTitle())
                        && r.get(1).isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(competenceRow.subList(2, 8))
                .containsExactly("Begin van de cursus", "3", "2,33", "1,25", "1,00", "4,00");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("Begin van de cursus", "2,33", "3,00", "-0,67"));
        assertThat(text).contains("te weinig deelnemers om te tonen");
        // read back the way Excel parses a Dutch number
        java.text.NumberFormat dutch = java.text.NumberFormat.getInstance(Locale.of("nl", "NL"));
        assertThat(dutch.parse(competenceRow.get(4)).doubleValue()).isCloseTo(2.33, within(EPS));

        DashboardExport pdf = testData.runAs(lead.email(), () -> dashboards.pdf(courseId, Translations.DUTCH));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf.content()));
        StringBuilder pdfText = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pdfText.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        // a table cell wraps its text over lines
        assertThat(pdfText.toString().replaceAll("\\s+", " "))
                .contains("Teamdashboard")
                .contains(fixture.course().title())
                .contains("Preventief en omgevingsgericht")
                .contains("2,33")
                .contains("-0,67")
                .contains("te weinig deelnemers om te tonen");
    }

    // ---- fixtures

    private void submit(CourseFixture fixture, Moment moment, PersonSummary person, Map<Long, Integer> ratings) {
        testData.runAs(person.email(), () -> {
            var earlier = assessments.mine(fixture.course().id(), moment.id()).earlier();
            // the goal of an earlier moment is rated too: the dashboard does not use it
            Map<Integer, Integer> progress = earlier == null ? Map.of() : Map.of(0, 3);
            long version = assessments.saveDraft(
                    fixture.course().id(),
                    moment.id(),
                    new AssessmentDraft(ratings, "", "", List.of("doel"), progress),
                    0);
            assessments.submit(fixture.course().id(), moment.id(), version);
        });
    }

    private ProgrammeOutline.Framework framework(CourseFixture fixture) {
        return testData.runAs(
                fixture.trainer().email(),
                () -> assessments.framework(fixture.course().id()));
    }

    /** Every preventive indicator at one level, every environment one at another, with exceptions. */
    private static Map<Long, Integer> ratings(
            ProgrammeOutline.Framework framework, int preventive, int environment, Map<Long, Integer> except) {
        Map<Long, Integer> ratings = new HashMap<>();
        for (ProgrammeOutline.Competence c : framework.competences()) {
            for (ProgrammeOutline.Indicator i : c.indicators()) {
                ratings.put(i.id(), c.orientation() == Orientation.PREVENTIVE ? preventive : environment);
            }
        }
        ratings.putAll(except);
        return ratings;
    }

    private static int count(List<ProgrammeOutline.Competence> competences, Orientation orientation) {
        ToIntFunction<ProgrammeOutline.Competence> size = c -> c.indicators().size();
        return competences.stream()
                .filter(c -> c.orientation() == orientation)
                .mapToInt(size)
                .sum();
    }

    private static CompetenceRow competence(TeamDashboard d, String code) {
        return d.competences().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static GroupRow group(List<GroupRow> groups, Discipline discipline) {
        return groups.stream()
                .filter(g -> g.discipline() == discipline)
                .findFirst()
                .orElseThrow();
    }
}
