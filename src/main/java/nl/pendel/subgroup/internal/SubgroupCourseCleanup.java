package nl.pendel.subgroup.internal;

import nl.pendel.course.CourseDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes the subgroups of a concept course that is deleted, after what refers to them. */
@Component
class SubgroupCourseCleanup {

    private final JdbcClient jdbc;

    SubgroupCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.SUBGROUPS)
    void on(CourseDeleted deleted) {
        jdbc.sql("delete from subgroup_member where course_id = ?")
                .param(deleted.courseId())
                .update();
        jdbc.sql("delete from subgroup where course_id = ?")
                .param(deleted.courseId())
                .update();
    }
}
