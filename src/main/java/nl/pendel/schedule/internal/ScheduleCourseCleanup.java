package nl.pendel.schedule.internal;

import nl.pendel.course.CourseDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the draft schedule of a concept course that is deleted. No mail goes out: a course that
 * was never published invited nobody.
 */
@Component
class ScheduleCourseCleanup {

    private final JdbcClient jdbc;

    ScheduleCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.SESSIONS)
    void on(CourseDeleted deleted) {
        jdbc.sql("delete from course_session where course_id = ?")
                .param(deleted.courseId())
                .update();
    }
}
