package nl.pendel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pendel.ApplicationRoutes;
import nl.pendel.KaribuTest;
import nl.pendel.TestClock;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.security.AccessMatrixTest;
import nl.pendel.security.AccessMatrixTest.Who;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

/**
 * People who hold several roles: a team lead who takes part in a course of their own team, and a
 * trainer who takes part in one course while training another. Each sees both sides — the lead's
 * dashboard and their own homework; the trainer's schedule and their own sessions — and no screen
 * they may open, for either course, shows an error.
 */
class SeveralRolesTest extends KaribuTest {

    @Autowired
    TestClock clock;

    @Autowired
    CourseService courses;

    @Autowired
    nl.pendel.schedule.ScheduleService scheduleService;

    @Test
    void a_lead_and_a_trainer_who_also_take_part_see_both_sides_and_no_screen_fails() {
        clock.setTo(LocalDateTime.of(2027, 1, 12, 9, 0));
        DemoTeam team = DemoTeam.create(context, 650);
        long teamId = SystemAuthentication.runAsAdministrator(
                () -> courses.summary(team.courseId()).teamId());
        PersonSummary leadTakingPart = testData.person()
                .roles(Role.TEAM_LEAD, Role.PARTICIPANT)
                .team(teamId)
                .discipline(Discipline.SOCIAL_WORKER)
                .create();
        PersonSummary trainerTakingPart = testData.person()
                .roles(Role.TRAINER, Role.PARTICIPANT)
                .team(teamId)
                .discipline(Discipline.COMMUNITY_WORKER)
                .create();
        List<String> participants = new ArrayList<>(List.of(leadTakingPart.email(), trainerTakingPart.email()));
        participants.addAll(team.participants().subList(0, 6));
        SecondCourse second = SecondCourse.publish(context, team, participants);
        var trained = testData.course(4, trainerTakingPart, null);
        testData.schedule(trained, nl.pendel.TestData.unique("Buurthuis De Kooi"));
        Map<String, String> secondIds = second.ids(context, team);

        // the lead's side and the participant's side of one person
        login(leadTakingPart.email());
        assertThat(opened("cursussen/" + team.courseId() + "/dashboard")).isEqualTo("TeamDashboardView");
        assertThat(opened("mijn-team")).isEqualTo("MyTeamView");
        assertThat(opened("huiswerk/" + second.courseId() + "/" + secondIds.get("meetingId")))
                .isEqualTo("HomeworkEditorView");
        assertThat(opened("mijn-sessies")).isEqualTo("MySessionsView");
        assertThat(pageText()).contains("Buurthuis De Schakel");

        // the trainer's side and the participant's side of another
        newBrowserSession();
        login(trainerTakingPart.email());
        assertThat(opened("cursussen/" + trained.course().id() + "/rooster")).isEqualTo("ScheduleView");
        assertThat(pageText()).contains("Rooster opslaan");
        assertThat(opened("agenda")).isEqualTo("AgendaView");
        assertThat(opened("huiswerk/" + second.courseId() + "/" + secondIds.get("meetingId")))
                .isEqualTo("HomeworkEditorView");
        assertThat(opened("cursussen/" + second.courseId() + "/rooster"))
                .as("a participant reads the schedule of a course they take, and cannot change it")
                .isEqualTo("ScheduleView");
        assertThat(pageText()).doesNotContain("Rooster opslaan");
        // nor, through the service, the clashes with other courses that only the course's trainers read
        assertThatThrownBy(() -> scheduleService.check(second.courseId(), List.of()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        newBrowserSession();
        login(team.trainer());
        assertThat(scheduleService.check(second.courseId(), List.of()))
                .as("its own trainer may")
                .isEmpty();

        List<String> problems = new ArrayList<>();
        int screens = 0;
        var routes = ApplicationRoutes.templates();
        Map<PersonSummary, Set<Who>> people = Map.of(
                leadTakingPart, EnumSet.of(Who.TEAM_LEAD, Who.PARTICIPANT),
                trainerTakingPart, EnumSet.of(Who.TRAINER, Who.PARTICIPANT));
        for (var person : people.entrySet()) {
            newBrowserSession();
            login(person.getKey().email());
            for (var route : routes.entrySet()) {
                Set<Who> allowed = AccessMatrixTest.EXPECTED.getOrDefault(route.getKey(), Set.of());
                if (route.getKey().equals("login") || person.getValue().stream().noneMatch(allowed::contains)) {
                    continue;
                }
                for (Map<String, String> ids : List.of(team.ids(), secondIds)) {
                    String url = ApplicationRoutes.fill(route.getKey(), ids);
                    screens++;
                    String shown = opened(url);
                    boolean refused = shown.equals(NotFoundView.class.getSimpleName());
                    if (shown.startsWith("failed") || pageText().contains("Er ging iets mis")) {
                        problems.add(person.getKey().email() + " /" + url + ": " + shown);
                    } else if (!refused && !shown.equals(route.getValue().getSimpleName())) {
                        problems.add(person.getKey().email() + " /" + url + " showed " + shown);
                    }
                }
            }
        }
        System.out.printf("several roles: %d screens, %d problems%n", screens, problems.size());
        assertThat(screens).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    /** Opens the address and names the view that shows, or the exception that came instead. */
    private String opened(String url) {
        try {
            open(url);
            MockVaadin.clientRoundtrip(false);
            Component view = currentView();
            return view == null ? "nothing" : ClassUtils.getUserClass(view).getSimpleName();
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }
}
