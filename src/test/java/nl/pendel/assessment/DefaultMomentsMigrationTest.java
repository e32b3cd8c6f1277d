package nl.pendel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V0024 gives a course stored before moments were made with the course the same
 * defaults as {@code DefaultMoments} gives a new one. Run here on a course whose moments are taken
 * away, with its insert statement as the migration holds it.
 */
@IntegrationTest
class DefaultMomentsMigrationTest {

    private static final String MIGRATION = "/db/migration/V0024__default_assessment_moments.sql";

    @Autowired
    TestData testData;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_course_without_moments_gets_the_defaults_a_new_course_gets() throws IOException {
        var scheduled = testData.course(4);
        testData.schedule(scheduled, TestData.unique("Buurthuis"));
        var unscheduled = testData.course(2);
        List<Moment> made = moments(scheduled);
        List<Moment> madeWithoutSessions = moments(unscheduled);

        jdbc.sql("delete from assessment_moment where course_id in (?, ?)")
                .params(scheduled.course().id(), unscheduled.course().id())
                .update();
        assertThat(moments(scheduled)).isEmpty();
        jdbc.sql(insertStatement()).update();

        assertThat(moments(scheduled))
                .extracting(Moment::kind, Moment::opensOn, Moment::closesOn)
                .containsExactlyElementsOf(made.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.kind(), m.opensOn(), m.closesOn()))
                        .toList());
        assertThat(moments(unscheduled))
                .extracting(Moment::kind, Moment::opensOn, Moment::closesOn)
                .containsExactlyElementsOf(madeWithoutSessions.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.kind(), m.opensOn(), m.closesOn()))
                        .toList());
    }

    private List<Moment> moments(TestData.CourseFixture fixture) {
        return testData.runAs(
                fixture.trainer().email(),
                () -> assessments.moments(fixture.course().id()));
    }

    /** The migration's statement that inserts the missing moments. */
    private static String insertStatement() throws IOException {
        try (InputStream in = DefaultMomentsMigrationTest.class.getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String insert = script.substring(script.indexOf("INSERT INTO assessment_moment"));
            return insert.substring(0, insert.indexOf(';'));
        }
    }
}
