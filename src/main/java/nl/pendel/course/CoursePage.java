package nl.pendel.course;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a course screen (overview, subgroups, schedule) needs when it is opened: the course from
 * the address, whether this person may see it, and whether they may change it.
 *
 * @param manage the person is a trainer of the course (or an administrator) and the course is
 *     not closed
 * @param attendance the person may see attendance: the course's trainers, administrators and the
 *     lead of the course's team
 */
public record CoursePage(long courseId, CourseAccess access, boolean manage, boolean attendance) {

    /**
     * The course of the address's {@code courseId}; when it does not exist or this person may not
     * see it, the screen answers "not found" and this returns empty.
     */
    public static Optional<CoursePage> enter(BeforeEnterEvent event, CourseService courses, CurrentUser currentUser) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            return Optional.of(of(courses.requireView(courseId), currentUser.require()));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }

    /** What this person may do on the screens of a course they may see ({@code access}). */
    public static CoursePage of(CourseAccess access, PendelUser user) {
        boolean manage = access.canManage(user) && access.status().editable();
        boolean lead =
                user.hasRole(Role.TEAM_LEAD) && Long.valueOf(access.teamId()).equals(user.teamId());
        return new CoursePage(access.courseId(), access, manage, access.canManage(user) || lead);
    }
}
