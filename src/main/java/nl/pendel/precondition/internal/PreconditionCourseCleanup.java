package nl.pendel.precondition.internal;

import nl.pendel.course.CourseDeleted;
import nl.pendel.shared.UserFacingException;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to let a course go when someone answered its preconditions scan (which a
 * never-published course cannot have): their answers are never deleted along with a course.
 */
@Component
class PreconditionCourseCleanup {

    private final JdbcClient jdbc;

    PreconditionCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        long answered = jdbc.sql("select count(*) from precondition_response where course_id = ?")
                .param(deleted.courseId())
                .query(Long.class)
                .single();
        if (answered > 0) {
            throw new UserFacingException("course.error.delete-has-work");
        }
    }
}
