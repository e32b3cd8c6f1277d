package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.SqlStatements;
import nl.pendel.TestData;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ScreenReadsTest {

    @Autowired
    ScreenReads reads;

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @Test
    void a_screen_read_reads_a_courses_meetings_once_where_separate_calls_read_them_each_time() {
        var fixture = testData.course(2);
        long courseId = fixture.course().id();
        testData.runAs(fixture.trainer().email(), () -> {
            int separately = SqlStatements.count(() -> {
                courses.meetingsOf(courseId);
                courses.meetingsOf(courseId);
            });
            SqlStatements.Counted<List<List<CourseDetails.Meeting>>> together = SqlStatements.count(
                    () -> reads.read(() -> List.of(courses.meetingsOf(courseId), courses.meetingsOf(courseId))));

            assertThat(together.result().get(1))
                    .isEqualTo(together.result().get(0))
                    .hasSize(3);
            assertThat(meetingReads(together.sql())).isEqualTo(1);
            assertThat(together.statements()).isLessThan(separately);
        });
    }

    @Test
    void what_a_screen_read_remembers_is_still_refused_to_someone_who_may_not_see_the_course() {
        var fixture = testData.course(2);
        long courseId = fixture.course().id();
        var outsider = testData.trainer();

        reads.run(() -> {
            testData.runAs(fixture.trainer().email(), () -> courses.meetingsOf(courseId));
            assertThatThrownBy(() -> testData.runAs(outsider.email(), () -> courses.meetingsOf(courseId)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_refusal_the_screen_catches_does_not_fail_the_rest_of_its_reads() {
        var fixture = testData.course(2);
        long courseId = fixture.course().id();
        var outsider = testData.trainer();

        String shown = testData.runAs(
                outsider.email(),
                () -> reads.read(() -> {
                    try {
                        return courses.details(courseId).summary().title();
                    } catch (AccessDeniedException e) {
                        return "not found";
                    }
                }));

        assertThat(shown).isEqualTo("not found");
    }

    private static long meetingReads(List<String> sql) {
        return sql.stream().filter(s -> s.contains("from course_meeting")).count();
    }
}
