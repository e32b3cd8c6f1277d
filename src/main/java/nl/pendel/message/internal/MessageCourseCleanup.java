package nl.pendel.message.internal;

import nl.pendel.course.CourseDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the announcements and their threads of a concept course that is deleted, before the
 * course and its subgroups go.
 */
@Component
class MessageCourseCleanup {

    private final JdbcClient jdbc;

    MessageCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        jdbc.sql("delete from announcement_reply where announcement_id in "
                        + "(select id from course_announcement where course_id = ?)")
                .param(deleted.courseId())
                .update();
        jdbc.sql("delete from course_announcement where course_id = ?")
                .param(deleted.courseId())
                .update();
    }
}
