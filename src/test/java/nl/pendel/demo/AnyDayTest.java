package nl.pendel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.pendel.ApplicationRoutes;
import nl.pendel.KaribuTest;
import nl.pendel.TestClock;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.Moment;
import nl.pendel.assessment.MySelfAssessment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.security.AccessMatrixTest;
import nl.pendel.security.AccessMatrixTest.Who;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

/**
 * Pendel on days that are not the demo's: a team with a running course is made on one day (as the
 * demo is, relative to that day), then every screen its trainer, a participant and its lead may
 * open is opened at the moments that matter — during a session, at a weekend, across the year end
 * with a self-assessment window that spans 1 January, on the nights the clocks change, on public
 * holidays. Every screen must show its view, its grids must render every row, and no error may
 * appear. The browser and axe-core walk the same days in {@code AnyDayBrowserTest}.
 */
class AnyDayTest extends KaribuTest {

    /** A course made on {@code made}, walked at each of {@code walks}. */
    record Day(String name, LocalDateTime made, List<LocalDateTime> walks, boolean selfAssessmentOverYearEnd) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Day> days() {
        return Stream.of(
                // made on a Tuesday: meeting 1 was last Tuesday, meeting 2 is next Tuesday
                new Day(
                        "a Tuesday with sessions, morning and afternoon",
                        at(2027, 1, 12, 8, 0),
                        List.of(at(2027, 1, 19, 10, 30), at(2027, 1, 19, 14, 0), at(2027, 1, 19, 23, 59)),
                        false),
                new Day(
                        "a weekend",
                        at(2027, 1, 16, 11, 0),
                        List.of(at(2027, 1, 16, 11, 0), at(2027, 1, 17, 20, 0)),
                        false),
                // meeting 2 on 29 December, meeting 3 in January; the start self-assessment open 28-12 to 4-1
                new Day(
                        "the year end, with Christmas and a self-assessment window across 1 January",
                        at(2026, 12, 22, 9, 0),
                        List.of(
                                at(2026, 12, 25, 10, 0),
                                at(2026, 12, 31, 23, 30),
                                at(2027, 1, 1, 0, 30),
                                at(2027, 1, 4, 23, 59)),
                        true),
                // summer time starts at 02:00 on 28 March 2027, ends at 03:00 on 31 October 2027
                new Day(
                        "the nights the clocks change",
                        at(2027, 3, 23, 9, 0),
                        List.of(at(2027, 3, 28, 1, 59), at(2027, 3, 28, 3, 1), at(2027, 10, 31, 2, 30)),
                        false),
                // made on 20 April: meeting 2 falls on King's Day (Tuesday 27 April 2027)
                new Day(
                        "public holidays: King's Day with a session, Liberation Day",
                        at(2027, 4, 20, 9, 0),
                        List.of(at(2027, 4, 27, 10, 0), at(2027, 5, 5, 12, 0)),
                        false));
    }

    private static final AtomicInteger TEAMS = new AtomicInteger(900);

    @Autowired
    TestClock clock;

    @Autowired
    SelfAssessmentService assessments;

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void every_screen_of_every_role_opens_without_an_error_on(Day day) {
        clock.setTo(day.made());
        DemoTeam team = DemoTeam.create(context, TEAMS.incrementAndGet());
        if (day.selfAssessmentOverYearEnd()) {
            openStartMomentOverYearEnd(team);
        }
        Map<String, Class<? extends Component>> routes = ApplicationRoutes.templates();
        List<String> problems = new ArrayList<>();
        int screens = 0;
        for (LocalDateTime moment : day.walks()) {
            clock.setTo(moment);
            if (day.selfAssessmentOverYearEnd() && moment.toLocalDate().equals(LocalDate.of(2027, 1, 1))) {
                problems.addAll(fillInStartSelfAssessment(team));
            }
            for (Map.Entry<Who, String> visitor : visitors(team).entrySet()) {
                newBrowserSession();
                login(visitor.getValue());
                for (var route : routes.entrySet()) {
                    if (!AccessMatrixTest.EXPECTED
                                    .getOrDefault(route.getKey(), java.util.Set.of())
                                    .contains(visitor.getKey())
                            || route.getKey().equals("login")) {
                        continue;
                    }
                    String url = ApplicationRoutes.fill(route.getKey(), team.ids());
                    screens++;
                    String problem = openAndCheck(url, route.getValue());
                    if (problem != null) {
                        problems.add("%s %s /%s: %s".formatted(moment, visitor.getKey(), url, problem));
                    }
                }
            }
        }
        System.out.printf("any day: %s: %d screens at %s, %d problems%n", day, screens, day.walks(), problems.size());
        assertThat(screens).isGreaterThan(40 * day.walks().size());
        assertThat(problems).as("screens that failed on %s", day).isEmpty();
    }

    private static Map<Who, String> visitors(DemoTeam team) {
        return Map.of(
                Who.TRAINER,
                team.trainer(),
                Who.PARTICIPANT,
                team.participants().getFirst(),
                Who.TEAM_LEAD,
                team.lead());
    }

    /** Opens the address; null when its view shows, its grids render and no error appears. */
    private String openAndCheck(String url, Class<? extends Component> expected) {
        try {
            open(url);
            MockVaadin.clientRoundtrip(false);
            Component view = currentView();
            String shown =
                    view == null ? "nothing" : ClassUtils.getUserClass(view).getSimpleName();
            if (!shown.equals(expected.getSimpleName())) {
                return "showed " + shown + " instead of " + expected.getSimpleName();
            }
            String text = pageText();
            for (String error : List.of("Er ging iets mis", "Something went wrong")) {
                if (text.contains(error)) {
                    return "shows \"" + error + "\"";
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }

    /** The trainer opens the start self-assessment from 28 December to 4 January. */
    private void openStartMomentOverYearEnd(DemoTeam team) {
        testData.runAs(team.trainer(), () -> {
            Moment start = assessments.moments(team.courseId()).getFirst();
            assessments.changeMoment(
                    team.courseId(), start.id(), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4), start.version());
        });
    }

    /** Everyone who had not filled in the start self-assessment does so on New Year's night. */
    private List<String> fillInStartSelfAssessment(DemoTeam team) {
        List<String> problems = new ArrayList<>();
        int filledIn = 0;
        for (String participant : team.participants()) {
            // signed in as the participant, as the self-assessment page would be
            newBrowserSession();
            login(participant);
            String problem;
            try {
                problem = fillIn(team, participant);
            } catch (RuntimeException e) {
                problem = participant + " could not fill in the start self-assessment on New Year's night: " + e;
            }
            if (problem == null) {
                continue;
            }
            if (problem.isEmpty()) {
                filledIn++;
            } else {
                problems.add(problem);
            }
        }
        if (filledIn == 0) {
            problems.add("nobody was left to fill in the start self-assessment: the check proves nothing");
        }
        return problems;
    }

    /** Fills in and submits; null when it was submitted already, "" when done now, else what went wrong. */
    private String fillIn(DemoTeam team, String participant) {
        long moment = assessments.moments(team.courseId()).getFirst().id();
        MySelfAssessment mine = assessments.mine(team.courseId(), moment);
        if (mine.submitted()) {
            return null;
        }
        if (!mine.editable()) {
            return participant + " cannot fill in the start self-assessment on New Year's night";
        }
        Map<Long, Integer> ratings = new HashMap<>();
        mine.framework().competences().forEach(c -> c.indicators().forEach(i -> ratings.put(i.id(), 3)));
        long version = assessments.saveDraft(
                team.courseId(),
                moment,
                new AssessmentDraft(ratings, "Het netwerk kennen.", "Vaker de wijk in.", List.of("Wijkwandeling")),
                mine.version());
        assessments.submit(team.courseId(), moment, version);
        return "";
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }
}
