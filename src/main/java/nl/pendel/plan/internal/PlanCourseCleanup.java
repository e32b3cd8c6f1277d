package nl.pendel.plan.internal;

import java.util.List;
import nl.pendel.course.CourseDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the plans a trainer started in a concept course that is deleted, with their sections,
 * versions, drafts, comments and events, before the course's subgroups go.
 */
@Component
class PlanCourseCleanup {

    private static final List<String> PLAN_TABLES =
            List.of("plan_comment", "plan_section_draft", "plan_section_version", "plan_event", "plan_section");

    private final JdbcClient jdbc;

    PlanCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        for (String table : PLAN_TABLES) {
            jdbc.sql("delete from " + table + " where plan_id in (select id from activity_plan where course_id = ?)")
                    .param(deleted.courseId())
                    .update();
        }
        jdbc.sql("delete from activity_plan where course_id = ?")
                .param(deleted.courseId())
                .update();
    }
}
