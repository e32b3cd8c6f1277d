package nl.pendel.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.security.PendelUser;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A second course that overlaps a {@link DemoTeam}'s: the same trainer, half of the same
 * participants, running in the same weeks. Its meetings are on the Thursdays and Fridays after the first
 * course's Tuesdays and Wednesdays, so it can be published without conflicts; a test that wants the clash moves a
 * session onto the Tuesday.
 *
 * @param participants the e-mail addresses of its participants (all also in the first course)
 */
public record SecondCourse(long courseId, String title, List<String> participants) {

    /** Made and published by the team's trainer, with subgroups and a schedule, for half its participants. */
    public static SecondCourse publish(ApplicationContext context, DemoTeam team) {
        return publish(
                context,
                team,
                team.participants().subList(0, team.participants().size() / 2));
    }

    /** As {@link #publish(ApplicationContext, DemoTeam)}, for these participants of the team. */
    public static SecondCourse publish(ApplicationContext context, DemoTeam team, List<String> participants) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        CourseService courses = context.getBean(CourseService.class);
        Set<Long> ids = new HashSet<>();
        participants.forEach(p -> ids.add(((PendelUser) users.loadUserByUsername(p)).personId()));
        PendelUser trainer = (PendelUser) users.loadUserByUsername(team.trainer());
        CourseSummary first = SystemAuthentication.runAs(trainer, () -> courses.summary(team.courseId()));
        long programme = SystemAuthentication.runAsAdministrator(
                () -> context.getBean(ProgrammeService.class).latestVersions().stream()
                        .filter(v -> v.key().equals("wij-korrewegwijk"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        String title = "Verdieping netwerkgericht werken – team " + team.number();
        return SystemAuthentication.runAs(trainer, () -> {
            CourseDraft draft = new CourseDraft();
            draft.setTitle(title);
            draft.setTeamId(first.teamId());
            draft.setProgrammeVersionId(programme);
            draft.setStartsOn(today);
            draft.setEndsOn(today.plusWeeks(12));
            draft.setTrainerId(trainer.personId());
            draft.setParticipantIds(ids);
            long courseId = courses.create(draft).id();
            context.getBean(SubgroupService.class).composeAutomatically(courseId);
            CourseDetails details = courses.details(courseId);
            Map<Long, LocalDate> firstDays = new HashMap<>();
            LocalDate thursday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            for (int i = 0; i < details.meetings().size(); i++) {
                firstDays.put(details.meetings().get(i).id(), thursday.plusWeeks(2L * i));
            }
            ScheduleService schedule = context.getBean(ScheduleService.class);
            // a place of its own, so that no other test's course holds the room at that time
            schedule.save(
                    courseId, schedule.generate(courseId, firstDays, "Buurthuis De Schakel, team " + team.number()));
            courses.changeStatus(courseId, courses.summary(courseId).version(), CourseStatus.PUBLISHED);
            return new SecondCourse(courseId, title, participants);
        });
    }

    /**
     * The ids of its objects under the names the route templates use, seen from its first
     * participant (its plans, if any; else the first course's plan, so every template fills).
     */
    public Map<String, String> ids(ApplicationContext context, DemoTeam team) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        return SystemAuthentication.runAsAdministrator(() -> {
            CourseService courses = context.getBean(CourseService.class);
            SubgroupService subgroups = context.getBean(SubgroupService.class);
            long first = ((PendelUser) users.loadUserByUsername(participants.getFirst())).personId();
            long other = ((PendelUser) users.loadUserByUsername(participants.get(1))).personId();
            int subgroup = subgroups.ofCourse(courseId).stream()
                    .filter(s -> s.members().contains(first))
                    .findFirst()
                    .orElseThrow()
                    .number();
            String plan = context.getBean(nl.pendel.plan.PlanService.class).plansOfCourse(courseId).stream()
                    .filter(p -> p.subgroupNumber() == subgroup)
                    .map(p -> "" + p.id())
                    .findFirst()
                    .orElse(team.ids().get("planId"));
            String session = context.getBean(nl.pendel.schedule.ScheduleService.class).sessions(courseId).stream()
                    .filter(s -> s.subgroupNumber() == subgroup)
                    .map(s -> "" + s.id())
                    .findFirst()
                    .orElse(team.ids().get("sessionId"));
            return Map.of(
                    "sessionId",
                    session,
                    "courseId",
                    "" + courseId,
                    "meetingId",
                    "" + courses.details(courseId).meetings().getFirst().id(),
                    "subgroup",
                    "" + subgroup,
                    "momentId",
                    ""
                            + context.getBean(nl.pendel.assessment.SelfAssessmentService.class)
                                    .moments(courseId)
                                    .getFirst()
                                    .id(),
                    "personId",
                    "" + other,
                    "planId",
                    plan);
        });
    }
}
