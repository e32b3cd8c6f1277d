package nl.pendel.attendance.internal;

import nl.pendel.course.CourseDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes the attendance recorded for a deleted concept course's sessions, before the sessions go. */
@Component
class AttendanceCourseCleanup {

    private final JdbcClient jdbc;

    AttendanceCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        jdbc.sql("""
                        delete a from attendance a join course_session s on s.id = a.session_id
                        where s.course_id = ?""").param(deleted.courseId()).update();
    }
}
