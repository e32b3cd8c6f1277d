package nl.pendel.material.internal;

import nl.pendel.course.CourseDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the materials of a concept course that is deleted, in the deletion's transaction and
 * before its meetings go (the foreign keys would take them along too; this says so in the code).
 */
@Component
class MaterialCourseCleanup {

    private final JdbcClient jdbc;

    MaterialCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        jdbc.sql("delete from meeting_material where course_id = ?")
                .param(deleted.courseId())
                .update();
    }
}
