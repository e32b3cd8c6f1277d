package nl.pendel.assessment.internal;

import nl.pendel.course.CourseDeleted;
import nl.pendel.shared.UserFacingException;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the self-assessment moments (and trainers' observations, lead's views) of a concept
 * course that is deleted. Refuses when someone filled in a self-assessment in it (which a
 * never-published course cannot have): their answers are never deleted along with a course.
 */
@Component
class AssessmentCourseCleanup {

    private final JdbcClient jdbc;

    AssessmentCourseCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(CourseDeleted.REFERRING)
    void on(CourseDeleted deleted) {
        long answered =
                jdbc.sql("""
                        select count(*) from self_assessment a join assessment_moment m on m.id = a.moment_id
                        where m.course_id = ?""").param(deleted.courseId()).query(Long.class).single();
        if (answered > 0) {
            throw new UserFacingException("course.error.delete-has-work");
        }
        for (String table : java.util.List.of("score_view", "trainer_observation", "assessment_moment")) {
            jdbc.sql("delete from " + table + " where course_id = ?")
                    .param(deleted.courseId())
                    .update();
        }
    }
}
