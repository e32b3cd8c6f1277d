package nl.pendel.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.homework.AssignmentSettings;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.plan.PlanService;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Deleting a concept course that was never published, with what the other modules hold of it (issue 16). */
@IntegrationTest
class CourseDeletionTest {

    @Autowired
    CourseService courses;

    @Autowired
    CourseDeletionService deletion;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    PlanService plans;

    @Autowired
    HomeworkReviewService homework;

    @Autowired
    nl.pendel.homework.AssignmentSettingsService assignmentSettings;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deleting_a_concept_course_removes_it_with_its_subgroups_schedule_moments_plans_and_settings() {
        var fixture = testData.course(8);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        testData.schedule(fixture, TestData.unique("Wijkcentrum"));
        testData.runAs(trainer, () -> {
            long subgroup = subgroups.ofCourse(id).getFirst().id();
            plans.start(id, subgroup);
            long meeting = courses.details(id).meetings().getFirst().id();
            assignmentSettings.saveSettings(id, new AssignmentSettings(meeting, null, 3, 0));
        });
        assertThat(rowsOf(id))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        testData.runAs(trainer, () -> deletion.delete(id, courses.summary(id).version()));

        assertThat(exists(id)).isFalse();
        assertThat(rowsOf(id))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void a_course_copied_from_a_deleted_concept_stays() {
        var fixture = testData.course(1);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        var draft = CourseDraft.of(fixture.course(), java.util.Set.of());
        draft.setTitle(TestData.unique("Kopie"));
        var copy = testData.runAs(trainer, () -> courses.copy(id, draft));

        testData.runAs(trainer, () -> deletion.delete(id, fixture.course().version()));

        assertThat(exists(copy.id())).isTrue();
        assertThat(exists(id)).isFalse();
    }

    @Test
    void a_published_course_cannot_be_deleted_nor_one_set_back_to_concept() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        var published = testData.runAs(
                trainer, () -> courses.changeStatus(id, fixture.course().version(), CourseStatus.PUBLISHED));

        assertThatThrownBy(() -> testData.runAs(trainer, () -> deletion.delete(id, published.version())))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("course.error.delete-published");
        var back = testData.runAs(trainer, () -> courses.changeStatus(id, published.version(), CourseStatus.CONCEPT));
        assertThat(back.deletable()).isFalse();
        assertThatThrownBy(() -> testData.runAs(trainer, () -> deletion.delete(id, back.version())))
                .hasMessage("course.error.delete-published");
        assertThat(exists(id)).isTrue();
    }

    @Test
    void only_the_courses_trainers_and_administrators_delete_it_and_a_stale_version_is_refused() {
        var fixture = testData.course(1);
        long id = fixture.course().id();
        long version = fixture.course().version();
        String otherTrainer = testData.trainer().email();
        String participant = fixture.participants().getFirst().email();

        assertThatThrownBy(() -> testData.runAs(otherTrainer, () -> deletion.delete(id, version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(participant, () -> deletion.delete(id, version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(fixture.trainer().email(), () -> deletion.delete(id, version + 1)))
                .isInstanceOf(EditConflictException.class);
        assertThat(exists(id)).isTrue();

        SystemAuthentication.runAsAdministrator(() -> deletion.delete(id, version));
        assertThat(exists(id)).isFalse();
    }

    private boolean exists(long courseId) {
        return SystemAuthentication.runAsAdministrator(() -> courses.access(courseId))
                .isPresent();
    }

    /** How many rows each module holds for the course, read straight from the tables. */
    private java.util.Map<String, Integer> rowsOf(long courseId) {
        java.util.Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        for (String table : java.util.List.of(
                "course",
                "course_participant",
                "course_meeting",
                "course_session_slot",
                "subgroup",
                "subgroup_member",
                "course_session",
                "assessment_moment",
                "activity_plan",
                "assignment_setting")) {
            String column = table.equals("course") ? "id" : "course_id";
            rows.put(
                    table,
                    jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                            .param(courseId)
                            .query(Integer.class)
                            .single());
        }
        return rows;
    }
}
