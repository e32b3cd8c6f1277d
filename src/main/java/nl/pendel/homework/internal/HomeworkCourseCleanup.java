package nl.pendel.homework.internal;

import nl.pendel.course.CourseDeleted;
import nl.pendel.shared.UserFacingException;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the assignment settings of a concept course that is deleted. Refuses when participants
 * wrote homework in it (which a never-published course cannot have): their work is never deleted
 * along with a course.
 */
@Component
class HomeworkCourseCleanup {

    private final JdbcClient jdbc;

    HomeworkCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        long written = jdbc.sql("select count(*) from homework where course_id = ?")
                .param(deleted.courseId())
                .query(Long.class)
                .single();
        if (written > 0) {
            throw new UserFacingException("course.error.delete-has-work");
        }
        jdbc.sql("delete from assignment_setting where course_id = ?")
                .param(deleted.courseId())
                .update();
    }
}
