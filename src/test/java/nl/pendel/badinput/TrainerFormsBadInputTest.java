package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.assessment.SelfAssessmentReviewService;
import nl.pendel.attendance.AttendanceRow;
import nl.pendel.attendance.AttendanceService;
import nl.pendel.attendance.AttendanceStatus;
import nl.pendel.course.CourseService;
import nl.pendel.homework.AssignmentSettings;
import nl.pendel.homework.Feedback;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trainer's smaller forms through their services — the attendance note, the observation beside
 * a self-rating, feedback on homework and the assignment's deadline and reminder — with the hostile
 * inputs: kept exactly, or refused with the Dutch message and nothing stored.
 */
@IntegrationTest
class TrainerFormsBadInputTest {

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    CourseService courses;

    @Autowired
    ScheduleService schedule;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SelfAssessmentReviewService review;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.AssignmentSettingsService assignmentSettings;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    HomeworkReviewService homeworkReview;

    @Test
    void attendance_notes_and_observations_keep_every_character_or_refuse_in_dutch() {
        var course = fixtures.published(8);
        var trainer = course.trainer().email();
        var member = course.member(1, 0);
        long courseId = course.id();
        var session = testData.runAs(trainer, () -> schedule.sessions(courseId)).stream()
                .filter(s -> s.meetingPosition() == 1 && s.subgroupNumber() == 1)
                .findFirst()
                .orElseThrow();
        int inputs = 0;
        for (String note : BadInputs.ACCEPTED_TEXTS) {
            testData.runAs(
                    trainer,
                    () -> attendance.record(courseId, session.id(), member.id(), AttendanceStatus.PRESENT, note));
            assertThat(note(trainer, courseId, session.id(), member.id()))
                    .as("stored exactly")
                    .isEqualTo(note);
            inputs++;
        }
        String before = note(trainer, courseId, session.id(), member.id());
        assertThatThrownBy(() -> testData.runAs(
                        trainer,
                        () -> attendance.record(
                                courseId, session.id(), member.id(), AttendanceStatus.ABSENT, "x".repeat(301))))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                .isNotBlank());
        inputs++;
        assertThat(note(trainer, courseId, session.id(), member.id()))
                .as("nothing stored")
                .isEqualTo(before);

        long version = 0;
        for (String text : BadInputs.ACCEPTED_TEXTS) {
            long expected = version;
            version = testData.runAs(trainer, () -> review.observe(courseId, member.id(), "1", text, expected));
            assertThat(testData.runAs(trainer, () -> review.participant(courseId, member.id()))
                            .competences()
                            .getFirst()
                            .observation())
                    .as("stored exactly")
                    .isEqualTo(text);
            inputs++;
        }
        long stable = version;
        assertThatThrownBy(() -> testData.runAs(
                        trainer, () -> review.observe(courseId, member.id(), "1", "x".repeat(2001), stable)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.error.text-too-long"));
        assertThatThrownBy(() -> testData.runAs(
                        trainer, () -> review.observe(courseId, member.id(), "9' OR 1=1 --", "tekst", stable)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("assessment.error.not-found"));
        inputs += 2;
        assertThat(testData.runAs(trainer, () -> review.participant(courseId, member.id()))
                        .competences()
                        .getFirst()
                        .observationVersion())
                .as("nothing stored by a refusal")
                .isEqualTo(stable);
        System.out.printf("bad input: attendance note and trainer observation, %d inputs%n", inputs);
    }

    @Test
    void feedback_and_assignment_settings_keep_every_character_or_refuse_in_dutch() {
        var course = fixtures.published(8);
        var trainer = course.trainer().email();
        var member = course.member(1, 0);
        long courseId = course.id();
        long meeting1 = testData.runAs(
                trainer, () -> courses.details(courseId).meetings().getFirst().id());
        testData.runAs(member.email(), () -> {
            var draft = homework.saveDraft(courseId, meeting1, "Mijn voorbereiding.", 0);
            return homework.submit(courseId, meeting1, draft.version(), false);
        });
        long submission = testData.runAs(member.email(), () -> myHomework.mine(courseId, meeting1))
                .submissions()
                .getFirst()
                .id();
        int inputs = 0;
        for (String text : BadInputs.ACCEPTED_TEXTS) {
            assertThat(testData.runAs(trainer, () -> homeworkReview.giveFeedback(courseId, submission, text))
                            .body())
                    .as("stored exactly")
                    .isEqualTo(text);
            inputs++;
        }
        for (String refused : List.of(BadInputs.WHITESPACE, BadInputs.INVISIBLE, "", "x".repeat(Feedback.MAX + 1))) {
            assertThatThrownBy(() ->
                            testData.runAs(trainer, () -> homeworkReview.giveFeedback(courseId, submission, refused)))
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .isNotBlank());
            inputs++;
        }
        assertThat(testData.runAs(member.email(), () -> myHomework.mine(courseId, meeting1))
                        .submissions()
                        .getFirst()
                        .feedback())
                .as("only the accepted ones")
                .hasSize(BadInputs.ACCEPTED_TEXTS.size());

        AssignmentSettings start = testData.runAs(trainer, () -> assignmentSettings.settings(courseId, meeting1));
        List<AssignmentSettings> refused = List.of(
                new AssignmentSettings(meeting1, null, BadInputs.NEGATIVE, start.version()),
                new AssignmentSettings(meeting1, null, 0, start.version()),
                new AssignmentSettings(meeting1, null, AssignmentSettings.REMINDER_DAYS_MAX + 1, start.version()),
                new AssignmentSettings(meeting1, BadInputs.YEAR_1.atStartOfDay(), 2, start.version()),
                new AssignmentSettings(meeting1, BadInputs.YEAR_9999.atTime(23, 59), 2, start.version()),
                new AssignmentSettings(meeting1, LocalDateTime.of(2026, 1, 1, 9, 0), 2, start.version()));
        for (AssignmentSettings settings : refused) {
            assertThatThrownBy(() -> testData.runAs(trainer, () -> assignmentSettings.saveSettings(courseId, settings)))
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .isNotBlank());
            inputs++;
        }
        assertThat(testData.runAs(trainer, () -> assignmentSettings.settings(courseId, meeting1)))
                .as("nothing stored by a refusal")
                .isEqualTo(start);
        System.out.printf("bad input: feedback and assignment settings, %d inputs%n", inputs);
    }

    private String note(String trainer, long courseId, long sessionId, long personId) {
        return testData.runAs(trainer, () -> attendance.sheet(courseId, sessionId)).stream()
                .filter(r -> r.person().id() == personId)
                .map(AttendanceRow::note)
                .findFirst()
                .orElseThrow();
    }
}
