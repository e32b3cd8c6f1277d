package nl.pendel.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions for screens that also show other things of the same courses: each takes what the
 * caller already read (a course's meetings and subgroups) or hands back what it read for the
 * caller to pass along, so a screen reads each thing once. Checked as {@link ScheduleService}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScheduleReads {

    private final CourseSessionRepository sessions;
    private final ScheduleService schedule;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;

    ScheduleReads(
            CourseSessionRepository sessions,
            ScheduleService schedule,
            CourseService courses,
            SubgroupService subgroups,
            CurrentUser currentUser) {
        this.sessions = sessions;
        this.schedule = schedule;
        this.courses = courses;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
    }

    /**
     * As {@link ScheduleService#sessions(long)}, labelled with the course's meetings and subgroups
     * the caller already read (so they are not read again); for whoever may see the course.
     */
    public List<SessionView> sessions(
            long courseId, List<CourseDetails.Meeting> meetings, Collection<CourseSubgroup> courseSubgroups) {
        courses.requireView(courseId);
        return SessionViews.views(
                sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId),
                SessionViews.byId(meetings),
                SessionViews.numbers(courseSubgroups.stream()
                        .filter(s -> s.courseId() == courseId)
                        .toList()));
    }

    /**
     * The signed-in person's published and running courses with their sessions, read once, as
     * {@link ScheduleService#mySessions()} reads them: for a screen that also shows their homework
     * ({@code MyHomeworkService.myAssignments(MyCourses)}).
     */
    public MyCourses myCourses() {
        Map<Long, Long> placements = subgroups.myPlacements();
        Map<Long, CourseDetails> details = courses.detailsOf(placements.keySet());
        details.values().removeIf(d -> !d.summary().status().visibleToTeam());
        Map<Long, List<SessionView>> byCourse = schedule.sessionsOf(details);
        return new MyCourses(
                currentUser.require().personId(),
                placements,
                details,
                byCourse,
                SessionViews.mine(details, placements, byCourse));
    }
}
