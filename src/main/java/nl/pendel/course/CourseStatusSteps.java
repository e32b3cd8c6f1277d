package nl.pendel.course;

import java.time.Clock;
import nl.pendel.course.internal.Course;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A course's steps from concept to closed, for {@link CourseService}, which holds the transaction
 * and the method security. Publishing invites the participants and trainers through {@link
 * PublicationMail} in the same transaction, and answers what went out.
 */
@Component
class CourseStatusSteps {

    private final CourseRepository courses;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<PublicationMail> mail;
    private final Clock clock;

    CourseStatusSteps(
            CourseRepository courses,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ObjectProvider<PublicationMail> mail,
            Clock clock) {
        this.courses = courses;
        this.currentUser = currentUser;
        this.events = events;
        // looked up when needed: the notification module's implementation itself uses CourseService
        this.mail = mail;
        this.clock = clock;
    }

    /** Moves the course one step; publishing invites (see {@link #publish}). */
    CourseSummary change(long courseId, long version, CourseStatus target) {
        if (target == CourseStatus.PUBLISHED) {
            return publish(courseId, version).course();
        }
        return CourseService.summary(moveTo(courseId, version, target));
    }

    /** Publishes the concept course and writes its invitations to the outbox. */
    Publication publish(long courseId, long version) {
        Course course = moveTo(courseId, version, CourseStatus.PUBLISHED);
        return new Publication(CourseService.summary(course), mail.getObject().invite(courseId));
    }

    /** Whom publishing the course would invite; for its trainers and administrators, while it is a concept. */
    PublicationPreview preview(long courseId) {
        Course course = managed(courseId);
        if (!course.getStatus().next().contains(CourseStatus.PUBLISHED)) {
            throw new UserFacingException(
                    "course.error.status-step", course.getStatus().name(), CourseStatus.PUBLISHED.name());
        }
        return mail.getObject().preview(courseId);
    }

    private Course moveTo(long courseId, long version, CourseStatus target) {
        Course course = managed(courseId);
        Versions.requireUnchanged(course.getVersion(), version);
        if (!course.getStatus().next().contains(target)) {
            throw new UserFacingException(
                    "course.error.status-step", course.getStatus().name(), target.name());
        }
        CourseStatus from = course.getStatus();
        course.setStatus(target);
        if (target == CourseStatus.PUBLISHED) {
            course.markPublished();
        }
        course.touch(clock.instant());
        Course saved = courses.saveAndFlush(course);
        events.publishEvent(new CourseStatusChanged(courseId, from, target));
        return saved;
    }

    private Course managed(long courseId) {
        Course course = courses.findById(courseId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (!CourseService.access(course).canManage(currentUser.require())) {
            throw new AccessDeniedException("Course " + courseId + " is not managed by this person");
        }
        return course;
    }
}
