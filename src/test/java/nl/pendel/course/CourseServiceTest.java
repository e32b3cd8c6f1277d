package nl.pendel.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.security.Role;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CourseServiceTest {

    @Autowired
    CourseService courses;

    @Autowired
    nl.pendel.course.CourseMeetingService meetingService;

    @Autowired
    TestData testData;

    @Test
    void new_course_copies_the_programme_meetings_and_session_pattern() {
        var fixture = testData.course(8);
        CourseDetails details = testData.runAs(
                fixture.trainer().email(),
                () -> courses.details(fixture.course().id()));

        assertThat(details.summary().status()).isEqualTo(CourseStatus.CONCEPT);
        assertThat(details.summary().participantCount()).isEqualTo(8);
        assertThat(details.meetings())
                .extracting(CourseDetails.Meeting::title)
                .containsExactly(
                        "Beelden van preventief en omgevingsgericht werken", "Aan de slag", "De krachten bundelen");
        assertThat(details.meetings().getFirst().agenda()).hasSize(8);
        assertThat(details.sessionPattern())
                .containsExactly(
                        new CourseDetails.Slot(1, 0, LocalTime.of(8, 30), LocalTime.of(12, 30)),
                        new CourseDetails.Slot(2, 0, LocalTime.of(13, 0), LocalTime.of(17, 0)),
                        new CourseDetails.Slot(3, 1, LocalTime.of(8, 30), LocalTime.of(12, 30)),
                        new CourseDetails.Slot(4, 1, LocalTime.of(13, 0), LocalTime.of(17, 0)));
    }

    @Test
    void concept_is_visible_to_its_trainer_only_and_published_course_to_participants_and_own_team_lead() {
        var fixture = testData.course(3);
        long id = fixture.course().id();
        String participant = fixture.participants().getFirst().email();
        String lead = testData.teamLead(fixture.team().id()).email();
        String otherLead = testData.person().roles(Role.TEAM_LEAD).create().email();
        String otherTrainer =
                testData.person().roles(Role.TRAINER).noTeam().create().email();

        assertThatThrownBy(() -> testData.runAs(participant, () -> courses.details(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(lead, () -> courses.details(id)))
                .isInstanceOf(AccessDeniedException.class);

        testData.publish(fixture);

        assertThat(testData.runAs(participant, () -> courses.details(id))
                        .summary()
                        .id())
                .isEqualTo(id);
        assertThat(testData.runAs(lead, () -> courses.visibleCourses(Pageable.ofSize(50))))
                .extracting(CourseSummary::id)
                .contains(id);
        assertThatThrownBy(() -> testData.runAs(otherLead, () -> courses.details(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.runAs(otherLead, () -> courses.visibleCourses(Pageable.ofSize(50))))
                .extracting(CourseSummary::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> testData.runAs(otherTrainer, () -> courses.requireManage(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(lead, () -> courses.requireManage(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void status_goes_step_by_step_and_a_closed_course_is_read_only() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        var course = fixture.course();

        assertThatThrownBy(() ->
                        testData.runAs(trainer, () -> courses.changeStatus(id, course.version(), CourseStatus.RUNNING)))
                .hasMessage("course.error.status-step");
        var published =
                testData.runAs(trainer, () -> courses.changeStatus(id, course.version(), CourseStatus.PUBLISHED));
        var running =
                testData.runAs(trainer, () -> courses.changeStatus(id, published.version(), CourseStatus.RUNNING));
        var closed = testData.runAs(trainer, () -> courses.changeStatus(id, running.version(), CourseStatus.CLOSED));

        CourseDraft edit = CourseDraft.of(closed, Set.of());
        edit.setTitle("Nieuwe titel");
        assertThatThrownBy(() -> testData.runAs(trainer, () -> courses.update(edit)))
                .hasMessage("course.error.closed");
    }

    @Test
    void second_of_two_concurrent_edits_is_refused() {
        var fixture = testData.course(2);
        var first = CourseDraft.of(fixture.course(), Set.of());
        var second = CourseDraft.of(fixture.course(), Set.of());
        first.setTitle(TestData.unique("Eerste"));
        testData.runAs(fixture.trainer().email(), () -> courses.update(first));
        second.setTitle(TestData.unique("Tweede"));
        assertThatThrownBy(() -> testData.runAs(fixture.trainer().email(), () -> courses.update(second)))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void end_before_start_and_people_from_another_team_are_refused() {
        var fixture = testData.course(2);
        var draft = CourseDraft.of(fixture.course(), Set.of());
        draft.setEndsOn(draft.getStartsOn().minusDays(1));
        assertThatThrownBy(() -> testData.runAs(fixture.trainer().email(), () -> courses.update(draft)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("course.error.period");

        var stranger = testData.person().create();
        var withStranger = CourseDraft.of(fixture.course(), Set.of(stranger.id()));
        assertThatThrownBy(() -> testData.runAs(fixture.trainer().email(), () -> courses.update(withStranger)))
                .hasMessage("course.error.participant-not-in-team");
    }

    @Test
    void trainers_adapt_the_course_meetings_without_touching_the_shared_programme() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        var meetings = testData.runAs(trainer, () -> courses.details(id)).meetings();

        MeetingDraft draft = MeetingDraft.of(meetings.get(1));
        draft.setTitle("Aan de slag met de buurt");
        draft.setAgendaText("Terugblik\n\n  Huiswerk delen  \nPlan maken");
        testData.runAs(trainer, () -> meetingService.saveMeeting(id, draft));
        testData.runAs(
                trainer, () -> meetingService.moveMeeting(id, meetings.get(2).id(), -1));
        testData.runAs(trainer, () -> meetingService.addMeeting(id, "Terugkomdag", "Voorbereiding"));

        var after = testData.runAs(trainer, () -> courses.details(id)).meetings();
        assertThat(after)
                .extracting(CourseDetails.Meeting::title)
                .containsExactly(
                        "Beelden van preventief en omgevingsgericht werken",
                        "De krachten bundelen",
                        "Aan de slag met de buurt",
                        "Terugkomdag");
        assertThat(after.get(2).agenda()).containsExactly("Terugblik", "Huiswerk delen", "Plan maken");

        testData.runAs(
                trainer, () -> meetingService.removeMeeting(id, after.get(3).id()));
        assertThat(testData.runAs(trainer, () -> courses.details(id)).meetings())
                .hasSize(3);
        // the shared programme is unchanged: a new course still gets the original meetings
        var fresh = testData.course(1);
        assertThat(testData.runAs(
                                fresh.trainer().email(),
                                () -> courses.details(fresh.course().id()))
                        .meetings())
                .extracting(CourseDetails.Meeting::title)
                .containsExactly(
                        "Beelden van preventief en omgevingsgericht werken", "Aan de slag", "De krachten bundelen");
    }

    @Test
    void a_stale_meeting_edit_is_refused_and_a_participant_cannot_edit() {
        var fixture = testData.course(2);
        long id = fixture.course().id();
        String trainer = fixture.trainer().email();
        var meeting =
                testData.runAs(trainer, () -> courses.details(id)).meetings().getFirst();
        MeetingDraft first = MeetingDraft.of(meeting);
        MeetingDraft second = MeetingDraft.of(meeting);
        first.setTitle("Eerste");
        testData.runAs(trainer, () -> meetingService.saveMeeting(id, first));
        second.setTitle("Tweede");
        assertThatThrownBy(() -> testData.runAs(trainer, () -> meetingService.saveMeeting(id, second)))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> testData.runAs(
                        fixture.participants().getFirst().email(),
                        () -> meetingService.saveMeeting(id, MeetingDraft.of(meeting))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participant_cannot_create_a_course() {
        var fixture = testData.course(1);
        var draft = CourseDraft.of(fixture.course(), Set.of());
        assertThatThrownBy(
                        () -> testData.runAs(fixture.participants().getFirst().email(), () -> courses.create(draft)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void copying_a_course_keeps_its_adapted_meetings() {
        var fixture = testData.course(2);
        var draft = CourseDraft.of(fixture.course(), Set.of());
        draft.setTitle(TestData.unique("Kopie"));
        var copy = testData.runAs(
                fixture.trainer().email(), () -> courses.copy(fixture.course().id(), draft));
        CourseDetails details = testData.runAs(fixture.trainer().email(), () -> courses.details(copy.id()));
        assertThat(details.meetings()).hasSize(3);
        assertThat(details.sessionPattern()).hasSize(4);
        assertThat(details.summary().status()).isEqualTo(CourseStatus.CONCEPT);
    }

    @Test
    void access_facts_of_many_courses_leave_out_those_the_reader_may_not_see() {
        var mine = testData.published(4);
        var other = testData.published(4);
        var concept = testData.course(4);
        String participant = mine.participants().getFirst().email();
        Set<Long> asked =
                Set.of(mine.course().id(), other.course().id(), concept.course().id(), -1L);

        var seen = testData.runAs(participant, () -> courses.accessOf(asked));
        var byTrainer = testData.runAs(concept.trainer().email(), () -> courses.accessOf(asked));

        assertThat(seen).containsOnlyKeys(mine.course().id());
        assertThat(seen.get(mine.course().id()).participantIds()).hasSize(4);
        assertThat(byTrainer).containsOnlyKeys(concept.course().id());
        assertThat(byTrainer.get(concept.course().id()))
                .isEqualTo(testData.runAs(
                                concept.trainer().email(),
                                () -> courses.details(concept.course().id()))
                        .access());
    }
}
