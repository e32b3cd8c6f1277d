package nl.pendel.course;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a course screen (overview, subgroups, schedule) needs when it is opened: the course from
 * the address, whether this person may see it, and whether they may change it.
 *
 * @param manage the person is a trainer of the course (or an administrator) and the course is
 *     not closed
 */
public record CoursePage(long courseId, CourseAccess access, boolean manage) {

    /**
     * The course of the address's {@code courseId}; when it does not exist or this person may not
     * see it, the screen answers "not found" and this returns empty.
     */
    public static Optional<CoursePage> enter(BeforeEnterEvent event, CourseService courses, CurrentUser currentUser) {
        long courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
        try {
            CourseAccess access = courses.requireView(courseId);
            boolean manage =
                    access.canManage(currentUser.require()) && access.status().editable();
            return Optional.of(new CoursePage(courseId, access, manage));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
