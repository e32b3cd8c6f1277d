package nl.pendel.course;

import nl.pendel.course.internal.Course;
import nl.pendel.course.internal.CourseMeetingRepository;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting a course that was started by mistake. Only a concept that was never published may go
 * (nobody but its trainers has seen it, no invitation went out); a published course is set back
 * to concept or closed, never deleted. Only its trainers and administrators delete it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CourseDeletionService {

    private final CourseRepository courses;
    private final CourseMeetingRepository meetings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CourseDeletionService(
            CourseRepository courses,
            CourseMeetingRepository meetings,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.courses = courses;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Deletes the concept course and, through {@link CourseDeleted}, what the other modules hold of
     * it (subgroups, schedule, self-assessment moments, plans, assignment settings), all in one
     * transaction. A course copied from it stays and forgets where it came from.
     */
    @Transactional
    public void delete(long courseId, long version) {
        Course course = courses.findById(courseId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (!CourseService.access(course).canManage(currentUser.require())) {
            throw new AccessDeniedException("Course " + courseId + " is not managed by this person");
        }
        Versions.requireUnchanged(course.getVersion(), version);
        if (!CourseService.summary(course).deletable()) {
            throw new UserFacingException("course.error.delete-published");
        }
        events.publishEvent(new CourseDeleted(courseId));
        courses.forgetCopiedFrom(courseId);
        meetings.deleteAll(meetings.findByCourseIdOrderByPosition(courseId));
        courses.delete(course);
        courses.flush();
    }
}
