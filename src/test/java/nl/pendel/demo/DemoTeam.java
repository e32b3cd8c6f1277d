package nl.pendel.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.course.CourseService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanSummary;
import nl.pendel.security.PendelUser;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team like the demo's Korrewegwijk with a course mid-way, made through the demo's own code
 * (the load benchmark's "Laadtest k" teams) on whatever day the application's clock says: meeting
 * 1 held last week, homework, the start self-assessment, plans. Tests use it to walk Pendel on a
 * course that is not the demo's, on a day of their choosing.
 *
 * @param ids the ids of its objects under the names the route templates use (courseId,
 *     meetingId, subgroup, momentId, personId, planId, sessionId), seen from its first participant
 */
public record DemoTeam(
        int number, String trainer, String lead, List<String> participants, long courseId, Map<String, String> ids) {

    /** Makes team {@code number} (unique per test run) with its people and running course. */
    public static DemoTeam create(ApplicationContext context, int number) {
        DemoLoadTeams teams = context.getBean(DemoLoadTeams.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        SystemAuthentication.runAsAdministrator(
                () -> transactions.executeWithoutResult(status -> teams.create(number)));
        List<String> participants = IntStream.rangeClosed(1, DemoLoadTeams.PARTICIPANTS)
                .mapToObj(i -> DemoLoadTeams.participantEmail(number, i))
                .toList();
        return SystemAuthentication.runAsAdministrator(() -> {
            CourseService courses = context.getBean(CourseService.class);
            SubgroupService subgroups = context.getBean(SubgroupService.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            long courseId = courses.visibleCourses(Pageable.ofSize(1000)).stream()
                    .filter(c -> c.title().endsWith(DemoLoadTeams.name(number)))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long first = ((PendelUser) users.loadUserByUsername(participants.getFirst())).personId();
            long other = ((PendelUser) users.loadUserByUsername(participants.get(1))).personId();
            int subgroup = subgroups.ofCourse(courseId).stream()
                    .filter(s -> s.members().contains(first))
                    .findFirst()
                    .orElseThrow()
                    .number();
            long plan = context.getBean(PlanService.class).plansOfCourse(courseId).stream()
                    .filter(p -> p.subgroupNumber() == subgroup)
                    .map(PlanSummary::id)
                    .findFirst()
                    .orElseThrow();
            long session = context.getBean(nl.pendel.schedule.ScheduleService.class).sessions(courseId).stream()
                    .filter(s -> s.subgroupNumber() == subgroup)
                    .findFirst()
                    .orElseThrow()
                    .id();
            Map<String, String> ids = Map.of(
                    "sessionId", "" + session,
                    "courseId", "" + courseId,
                    "meetingId",
                            "" + courses.details(courseId).meetings().getFirst().id(),
                    "subgroup", "" + subgroup,
                    "momentId",
                            ""
                                    + context.getBean(SelfAssessmentService.class)
                                            .moments(courseId)
                                            .getFirst()
                                            .id(),
                    "personId", "" + other,
                    "planId", "" + plan);
            return new DemoTeam(
                    number,
                    DemoLoadTeams.trainerEmail(number),
                    DemoLoadTeams.leadEmail(number),
                    participants,
                    courseId,
                    ids);
        });
    }
}
