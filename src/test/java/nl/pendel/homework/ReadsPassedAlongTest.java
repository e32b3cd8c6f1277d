package nl.pendel.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.schedule.MyCourses;
import nl.pendel.schedule.ScheduleReads;
import nl.pendel.schedule.SessionView;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The methods that take what a screen already read (issue 18: each thing read once per screen)
 * give what their reading forms give, and keep the same checks.
 */
@IntegrationTest
class ReadsPassedAlongTest {

    @Autowired
    TestData testData;

    @Autowired
    CourseService courses;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    ScheduleReads scheduleReads;

    @Autowired
    MyHomeworkService myHomework;

    @Autowired
    HomeworkFiguresService figures;

    @Autowired
    AttendanceService attendance;

    @Test
    void a_participants_assignments_from_the_courses_the_schedule_read_are_those_they_read_themselves() {
        CourseFixture fixture = published(3);
        String participant = fixture.participants().getFirst().email();

        List<Assignment> read = testData.runAs(participant, () -> myHomework.myAssignments());
        List<Assignment> passed =
                testData.runAs(participant, () -> myHomework.myAssignments(scheduleReads.myCourses()));

        assertThat(read).isNotEmpty();
        assertThat(passed).isEqualTo(read);
    }

    @Test
    void the_courses_read_for_one_participant_are_refused_to_another() {
        CourseFixture fixture = published(3);
        PersonSummary one = fixture.participants().get(0);
        PersonSummary other = fixture.participants().get(1);
        MyCourses ofOne = testData.runAs(one.email(), () -> scheduleReads.myCourses());

        assertThatThrownBy(() -> testData.runAs(other.email(), () -> myHomework.myAssignments(ofOne)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completion_and_attendance_from_pre_read_parts_are_the_same_and_still_refused_to_a_participant() {
        CourseFixture fixture = published(4);
        long courseId = fixture.course().id();
        String trainer = fixture.trainer().email();

        assertThat(testData.runAs(
                        trainer,
                        () -> figures.completion(
                                courseId,
                                parts(courseId).meetings(),
                                parts(courseId).groups(),
                                parts(courseId).sessions())))
                .isEqualTo(testData.runAs(trainer, () -> figures.completion(courseId)));
        assertThat(testData.runAs(
                        trainer,
                        () -> attendance.totals(courseId, parts(courseId).sessions())))
                .isEqualTo(testData.runAs(trainer, () -> attendance.totals(courseId)));

        Parts parts = testData.runAs(trainer, () -> parts(courseId));
        String participant = fixture.participants().getFirst().email();
        assertThatThrownBy(() -> testData.runAs(
                        participant,
                        () -> figures.completion(courseId, parts.meetings(), parts.groups(), parts.sessions())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(participant, () -> attendance.totals(courseId, parts.sessions())))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** What the team dashboard reads once and passes along. */
    private Parts parts(long courseId) {
        List<CourseSubgroup> groups = subgroups.ofCourse(courseId);
        List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
        return new Parts(meetings, groups, scheduleReads.sessions(courseId, meetings, groups));
    }

    private record Parts(
            List<CourseDetails.Meeting> meetings, List<CourseSubgroup> groups, List<SessionView> sessions) {}

    private CourseFixture published(int participants) {
        CourseFixture fixture = testData.course(participants);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        testData.runAs(
                fixture.trainer().email(),
                () -> courses.changeStatus(
                        fixture.course().id(), fixture.course().version(), CourseStatus.PUBLISHED));
        return fixture;
    }
}
