package nl.pendel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The notices the dispatcher gives in the app: each rings the bell of the person it is for. */
@IntegrationTest
class BellNoticesTest {

    @Autowired
    TestData testData;

    @Autowired
    CourseService courses;

    @Autowired
    HomeworkService homework;

    @Autowired
    nl.pendel.homework.MyHomeworkService myHomework;

    @Autowired
    HomeworkReviewService review;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    InboxService inbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleService schedule;

    @Test
    void feedback_on_homework_rings_the_participants_bell_with_a_link_to_the_homework() {
        var fixture = testData.published(6);
        var participant = fixture.participants().getFirst();
        long courseId = fixture.course().id();
        CourseDetails.Meeting meeting = meetings(fixture).getFirst();

        giveFeedback(fixture, participant.email(), meeting.id());

        assertThat(testData.runAs(participant.email(), () -> inbox.unread())).isEqualTo(1);
        InboxItem item =
                testData.runAs(participant.email(), () -> inbox.page(0, 20)).getFirst();
        assertThat(item.kind()).isEqualTo(InboxKind.HOMEWORK_FEEDBACK);
        assertThat(item.target()).isEqualTo("huiswerk/" + courseId + "/" + meeting.id());
        assertThat(item.params())
                .containsExactly(meeting.title(), fixture.course().title());
        assertThat(testData.runAs(fixture.participants().get(1).email(), () -> inbox.unread()))
                .as("another participant")
                .isZero();
    }

    @Test
    void the_bell_holds_names_and_fixed_texts_only_never_the_feedback_itself() {
        var fixture = testData.published(6);
        var participant = fixture.participants().getFirst();

        giveFeedback(fixture, participant.email(), meetings(fixture).getFirst().id());

        assertThat(jdbc.sql("select params from app_notification where person_id = ?")
                        .param(participant.id())
                        .query(String.class)
                        .single())
                .doesNotContain("Sterk")
                .doesNotContain(fixture.trainer().displayName());
    }

    @Test
    void feedback_switched_off_rings_no_bell_and_the_daily_digest_still_rings_it() {
        var fixture = testData.published(6);
        var off = fixture.participants().get(0);
        var digest = fixture.participants().get(1);
        testData.runAs(off.email(), () -> preferences.change(NotificationKind.HOMEWORK_FEEDBACK, Delivery.OFF));
        testData.runAs(digest.email(), () -> preferences.change(NotificationKind.HOMEWORK_FEEDBACK, Delivery.DIGEST));
        long meeting = meetings(fixture).getFirst().id();

        giveFeedback(fixture, off.email(), meeting);
        giveFeedback(fixture, digest.email(), meeting);

        assertThat(testData.runAs(off.email(), () -> inbox.unread())).isZero();
        assertThat(testData.runAs(digest.email(), () -> inbox.unread())).isEqualTo(1);
    }

    @Test
    void a_cancelled_session_rings_the_bell_of_its_subgroup_and_trainer_once() {
        var fixture = testData.published(6);
        List<SessionView> sessions = testData.runAs(
                fixture.trainer().email(),
                () -> schedule.sessions(fixture.course().id()));
        SessionView cancelled = sessions.getLast();

        testData.cancel(fixture, cancelled);

        List<Long> rung =
                jdbc.sql("""
                        select person_id from app_notification
                        where course_id = ? and kind = 'SESSION_CANCELLED'""").param(fixture.course().id()).query(Long.class).list();
        assertThat(rung)
                .contains(fixture.trainer().id())
                .doesNotHaveDuplicates()
                .hasSizeGreaterThan(1);
        InboxItem item = testData.runAs(fixture.trainer().email(), () -> inbox.page(0, 20))
                .getFirst();
        assertThat(item.kind()).isEqualTo(InboxKind.SESSION_CANCELLED);
        assertThat(item.target()).isEqualTo("cursussen/" + fixture.course().id() + "/rooster");
        assertThat(item.params()).last().isEqualTo(cancelled.date().toString());
    }

    @Test
    void a_comment_on_a_plan_rings_the_other_members_and_the_trainer_but_not_the_writer(
            @Autowired nl.pendel.plan.PlanFixtures fixtures,
            @Autowired nl.pendel.plan.PlanService plans,
            @Autowired nl.pendel.plan.PlanSectionService sections) {
        var course = fixtures.published(8);
        var writer = course.member(1, 0);
        var other = course.member(1, 1);
        long planId = testData.runAs(writer.email(), () -> plans.start(course.id(), null));

        testData.runAs(writer.email(), () -> sections.comment(planId, "doelgroep", "Eerst de buurt vragen?"));

        assertThat(testData.runAs(writer.email(), () -> inbox.unread())).isZero();
        InboxItem item = testData.runAs(other.email(), () -> inbox.page(0, 20)).getFirst();
        assertThat(item.kind()).isEqualTo(InboxKind.PLAN_COMMENT);
        assertThat(item.target()).isEqualTo("plannen/" + planId);
        assertThat(item.params()).contains("1").doesNotContain("Eerst de buurt vragen?");
        assertThat(testData.runAs(course.trainer().email(), () -> inbox.unread()))
                .isEqualTo(1);
    }

    private void giveFeedback(TestData.CourseFixture fixture, String participant, long meetingId) {
        long courseId = fixture.course().id();
        long submission = testData.runAs(participant, () -> {
            DraftSaved saved = homework.saveDraft(courseId, meetingId, "Mijn voorbereiding", 0);
            homework.submit(courseId, meetingId, saved.version(), false);
            return myHomework.mine(courseId, meetingId).submissions().getFirst().id();
        });
        testData.runAs(fixture.trainer().email(), () -> review.giveFeedback(courseId, submission, "Sterk: concreet."));
    }

    private List<CourseDetails.Meeting> meetings(TestData.CourseFixture fixture) {
        return testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(fixture.course().id()).meetings());
    }
}
