package nl.pendel.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ScheduleServiceTest {

    /** Tuesdays in 2027, as in the 2017 run (24/25 January, 7/8 February, 28 February/1 March). */
    static final LocalDate MEETING_1 = LocalDate.of(2027, 1, 26);

    static final LocalDate MEETING_2 = LocalDate.of(2027, 2, 9);
    static final LocalDate MEETING_3 = LocalDate.of(2027, 3, 2);

    /** Every test its own place, so sessions of other tests never share a room with it. */
    private final String place = TestData.unique("Wijkcentrum");

    @Autowired
    ScheduleService schedule;

    @Autowired
    CourseService courses;

    @Autowired
    nl.pendel.course.CourseMeetingService meetingService;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    TestData testData;

    @Autowired
    CalendarProperties calendar;

    @Test
    void korrewegwijk_pattern_gives_twelve_sessions_at_the_programme_times() {
        var fixture = testData.course(8);
        List<SessionDraft> drafts = generate(fixture, place);

        assertThat(drafts).hasSize(12);
        assertThat(drafts.stream().filter(d -> d.getMeetingPosition() == 1))
                .extracting(d -> d.getSubgroupNumber() + " " + d.getDate() + " " + d.getStart() + "-" + d.getEnd())
                .containsExactlyInAnyOrder(
                        "1 2027-01-26 08:30-12:30",
                        "2 2027-01-26 13:00-17:00",
                        "3 2027-01-27 08:30-12:30",
                        "4 2027-01-27 13:00-17:00");
        assertThat(drafts).allSatisfy(d -> assertThat(d.getTrainerId())
                .isEqualTo(fixture.trainer().id()));
        assertThat(check(fixture, drafts)).isEmpty();

        List<SessionView> saved =
                as(fixture, () -> schedule.save(fixture.course().id(), drafts));
        assertThat(saved).hasSize(12);
        assertThat(saved).extracting(SessionView::sequence).containsOnly(0);
    }

    @Test
    void regenerating_keeps_the_calendar_identities_and_raises_the_sequence() {
        var fixture = testData.course(4);
        List<SessionView> first =
                as(fixture, () -> schedule.save(fixture.course().id(), generate(fixture, place)));
        Map<Long, String> uids = new HashMap<>();
        first.forEach(s -> uids.put(s.meetingId() * 1000 + s.subgroupId(), s.uid()));

        List<SessionDraft> moved = as(
                fixture,
                () -> schedule.generate(
                        fixture.course().id(),
                        firstDays(fixture, MEETING_1.plusWeeks(1), MEETING_2.plusWeeks(1), MEETING_3.plusWeeks(1)),
                        place));
        List<SessionView> second =
                as(fixture, () -> schedule.save(fixture.course().id(), moved));

        assertThat(second).hasSize(12);
        assertThat(second).allSatisfy(s -> {
            assertThat(s.uid()).isEqualTo(uids.get(s.meetingId() * 1000 + s.subgroupId()));
            assertThat(s.sequence()).isEqualTo(1);
        });
    }

    @Test
    void a_subgroup_without_a_session_or_with_two_for_one_meeting_is_refused() {
        var fixture = testData.course(4);
        List<SessionDraft> drafts = new ArrayList<>(generate(fixture, place));
        SessionDraft removed = drafts.removeFirst();
        assertThat(keys(fixture, drafts)).contains("schedule.conflict.subgroup-missing");

        drafts.add(removed);
        SessionDraft twice = copyOf(removed);
        twice.setDate(removed.getDate().plusDays(7));
        drafts.add(twice);
        assertThat(keys(fixture, drafts)).contains("schedule.conflict.subgroup-twice");
        assertThatThrownBy(
                        () -> as(fixture, () -> schedule.save(fixture.course().id(), drafts)))
                .isInstanceOf(UserFacingException.class);
        assertThat(as(fixture, () -> schedule.sessions(fixture.course().id()))).isEmpty();
    }

    @Test
    void meeting_two_before_meeting_one_is_refused() {
        var fixture = testData.course(4);
        List<SessionDraft> drafts = generate(fixture, place);
        SessionDraft meeting2 = drafts.stream()
                .filter(d -> d.getMeetingPosition() == 2 && d.getSubgroupNumber() == 1)
                .findFirst()
                .orElseThrow();
        meeting2.setDate(MEETING_1.minusDays(7));
        assertThat(keys(fixture, drafts)).contains("schedule.conflict.order");
    }

    @Test
    void the_same_trainer_or_room_in_two_courses_at_once_is_refused() {
        var fixture = testData.course(4);
        as(fixture, () -> schedule.save(fixture.course().id(), generate(fixture, place)));

        // a second course of the same trainer, for another team, at the same place and times
        var other = testData.course(4);
        var draft = CourseDraft.of(
                other.course(),
                Set.copyOf(other.participants().stream().map(p -> p.id()).toList()));
        draft.setTrainerId(fixture.trainer().id());
        CourseSummary secondCourse = testData.runAs("beheerder@pendel.test", () -> courses.update(draft));
        testData.runAs("beheerder@pendel.test", () -> subgroups.composeAutomatically(secondCourse.id()));
        List<SessionDraft> clash = testData.runAs(
                "beheerder@pendel.test",
                () -> schedule.generate(
                        secondCourse.id(), firstDays(secondCourse.id(), MEETING_1, MEETING_2, MEETING_3), place));

        List<String> keys =
                testData.runAs("beheerder@pendel.test", () -> schedule.check(secondCourse.id(), clash)).stream()
                        .map(Conflict::messageKey)
                        .toList();
        assertThat(keys).contains("schedule.conflict.trainer-elsewhere", "schedule.conflict.room-elsewhere");
    }

    @Test
    void a_person_in_two_courses_cannot_be_in_two_sessions_at_once() {
        var fixture = testData.course(4);
        as(fixture, () -> schedule.save(fixture.course().id(), generate(fixture, place)));
        // a second course for the same team and people, other trainer and place, same times
        var trainer2 = testData.person()
                .roles(nl.pendel.security.Role.TRAINER)
                .noTeam()
                .create();
        var draft = CourseDraft.of(
                fixture.course(),
                Set.copyOf(fixture.participants().stream().map(p -> p.id()).toList()));
        draft.setTitle(TestData.unique("Tweede"));
        draft.setTrainerId(trainer2.id());
        CourseSummary second = testData.runAs(
                "beheerder@pendel.test", () -> courses.copy(fixture.course().id(), draft));
        testData.runAs("beheerder@pendel.test", () -> subgroups.composeAutomatically(second.id()));
        List<SessionDraft> clash = testData.runAs(
                "beheerder@pendel.test",
                () -> schedule.generate(
                        second.id(), firstDays(second.id(), MEETING_1, MEETING_2, MEETING_3), place + " B"));

        List<String> keys = testData.runAs("beheerder@pendel.test", () -> schedule.check(second.id(), clash)).stream()
                .map(Conflict::messageKey)
                .toList();
        assertThat(keys)
                .contains("schedule.conflict.person-elsewhere")
                .doesNotContain("schedule.conflict.trainer-elsewhere");
    }

    @Test
    void weekends_and_public_holidays_warn_but_do_not_refuse() {
        var fixture = testData.course(4);
        as(fixture, () -> subgroups.composeAutomatically(fixture.course().id()));
        List<SessionDraft> drafts = as(
                fixture,
                () -> schedule.generate(
                        fixture.course().id(),
                        firstDays(fixture, LocalDate.of(2027, 1, 30), MEETING_2, LocalDate.of(2027, 3, 29)),
                        place));
        List<Conflict> conflicts = check(fixture, drafts);
        assertThat(conflicts).isNotEmpty().allSatisfy(c -> assertThat(c.hard()).isFalse());
        assertThat(conflicts)
                .extracting(Conflict::messageKey)
                .contains("schedule.warning.weekend", "schedule.warning.holiday");
        assertThat(conflicts)
                .anySatisfy(c -> assertThat(c.arguments()).contains(new Conflict.Translated("holiday.easter-monday")));
        assertThat(as(fixture, () -> schedule.save(fixture.course().id(), drafts)))
                .hasSize(12);
    }

    @Test
    void a_session_outside_the_course_period_or_ending_before_it_starts_is_refused() {
        var fixture = testData.course(4);
        List<SessionDraft> drafts = generate(fixture, place);
        drafts.getFirst().setDate(LocalDate.of(2027, 6, 1));
        drafts.get(1).setEnd(LocalTime.of(7, 0));
        assertThat(keys(fixture, drafts)).contains("schedule.error.outside-period", "schedule.error.end-before-start");
    }

    @Test
    void second_of_two_trainers_editing_the_same_session_is_told_it_changed() {
        var fixture = testData.course(4);
        List<SessionView> saved =
                as(fixture, () -> schedule.save(fixture.course().id(), generate(fixture, place)));
        SessionDraft mine = SessionDraft.of(saved.getFirst());
        SessionDraft theirs = SessionDraft.of(saved.getFirst());
        theirs.setRoom("Zaal 2");
        as(fixture, () -> schedule.update(fixture.course().id(), theirs));
        mine.setRoom("Zaal 3");
        assertThatThrownBy(
                        () -> as(fixture, () -> schedule.update(fixture.course().id(), mine)))
                .isInstanceOf(EditConflictException.class);
        assertThat(as(fixture, () -> schedule.sessions(fixture.course().id())))
                .filteredOn(s -> s.id() == saved.getFirst().id())
                .extracting(SessionView::room)
                .containsExactly("Zaal 2");
    }

    @Test
    void a_meeting_in_the_schedule_cannot_be_removed_from_the_course() {
        var fixture = testData.course(4);
        List<SessionView> saved =
                as(fixture, () -> schedule.save(fixture.course().id(), generate(fixture, place)));
        long meetingId = saved.getFirst().meetingId();
        assertThatThrownBy(() -> as(fixture, () -> {
                    meetingService.removeMeeting(fixture.course().id(), meetingId);
                    return null;
                }))
                .hasMessage("course.error.meeting-has-sessions");
        assertThat(as(fixture, () -> courses.details(fixture.course().id())).meetings())
                .hasSize(3);
    }

    @Test
    void a_cancelled_session_stays_marked_frees_its_slot_and_raises_the_sequence() {
        var fixture = testData.course(4);
        long courseId = fixture.course().id();
        List<SessionView> saved = as(fixture, () -> schedule.save(courseId, generate(fixture, place)));
        SessionView morning1 = session(saved, 1, 1);

        List<SessionView> after = as(fixture, () -> schedule.cancel(courseId, morning1.id(), morning1.version()));

        SessionView cancelled = session(after, 1, 1);
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(1);
        assertThat(cancelled.uid()).isEqualTo(morning1.uid());
        List<SessionDraft> drafts =
                new ArrayList<>(after.stream().map(SessionDraft::of).toList());
        assertThat(check(fixture, drafts)).singleElement().satisfies(c -> {
            assertThat(c.hard()).isFalse();
            assertThat(c.messageKey()).isEqualTo("schedule.warning.cancelled");
        });
        // subgroup 3's meeting 1 moves into the cancelled slot: same trainer, same room, no clash
        SessionDraft moved = SessionDraft.of(session(after, 1, 3));
        moved.setDate(morning1.date());
        assertThat(as(fixture, () -> schedule.update(courseId, moved)))
                .filteredOn(s -> s.id() == moved.getId())
                .extracting(SessionView::date)
                .containsExactly(morning1.date());
    }

    @Test
    void reinstating_a_session_whose_slot_was_taken_meanwhile_is_refused() {
        var fixture = testData.course(4);
        long courseId = fixture.course().id();
        List<SessionView> saved = as(fixture, () -> schedule.save(courseId, generate(fixture, place)));
        SessionView morning1 = session(saved, 1, 1);
        List<SessionView> after = as(fixture, () -> schedule.cancel(courseId, morning1.id(), morning1.version()));
        SessionDraft moved = SessionDraft.of(session(after, 1, 3));
        moved.setDate(morning1.date());
        List<SessionView> taken = as(fixture, () -> schedule.update(courseId, moved));
        long version = session(taken, 1, 1).version();

        assertThatThrownBy(() -> as(fixture, () -> schedule.reinstate(courseId, morning1.id(), version)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("schedule.conflict.trainer");
        assertThat(session(as(fixture, () -> schedule.sessions(courseId)), 1, 1).status())
                .isEqualTo(SessionStatus.CANCELLED);

        // once subgroup 3 moves back, it can be planned again and its sequence goes up once more
        SessionDraft back = SessionDraft.of(session(taken, 1, 3));
        back.setDate(morning1.date().plusDays(1));
        as(fixture, () -> schedule.update(courseId, back));
        SessionView reinstated = session(as(fixture, () -> schedule.reinstate(courseId, morning1.id(), version)), 1, 1);
        assertThat(reinstated.status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(reinstated.sequence()).isEqualTo(2);
    }

    @Test
    void cancelling_a_session_someone_else_changed_is_refused() {
        var fixture = testData.course(4);
        long courseId = fixture.course().id();
        SessionView first = as(fixture, () -> schedule.save(courseId, generate(fixture, place)))
                .getFirst();
        SessionDraft changed = SessionDraft.of(first);
        changed.setRoom("Zaal 9");
        as(fixture, () -> schedule.update(courseId, changed));
        assertThatThrownBy(() -> as(fixture, () -> schedule.cancel(courseId, first.id(), first.version())))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> testData.runAs(
                        fixture.participants().getFirst().email(),
                        () -> schedule.cancel(courseId, first.id(), first.version() + 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_session_is_given_by_the_course_trainer_or_co_trainer_only() {
        var fixture = testData.course(4);
        long courseId = fixture.course().id();
        var coTrainer = testData.person()
                .roles(nl.pendel.security.Role.TRAINER)
                .noTeam()
                .create();
        var stranger = testData.person()
                .roles(nl.pendel.security.Role.TRAINER)
                .noTeam()
                .create();
        var draft = CourseDraft.of(
                fixture.course(),
                Set.copyOf(fixture.participants().stream().map(p -> p.id()).toList()));
        draft.setCoTrainerId(coTrainer.id());
        as(fixture, () -> courses.update(draft));
        List<SessionDraft> drafts = generate(fixture, place);

        drafts.getFirst().setTrainerId(coTrainer.id());
        assertThat(keys(fixture, drafts)).isEmpty();
        drafts.getFirst().setTrainerId(stranger.id());
        assertThat(keys(fixture, drafts)).containsExactly("schedule.error.not-a-trainer");
        assertThatThrownBy(() -> as(fixture, () -> schedule.save(courseId, drafts)))
                .hasMessage("schedule.error.not-a-trainer");
    }

    @Test
    void new_sessions_get_calendar_uids_in_the_configured_domain() {
        var fixture = testData.course(4);
        List<SessionView> saved =
                as(fixture, () -> schedule.save(fixture.course().id(), generate(fixture, place)));
        assertThat(saved).allSatisfy(s -> assertThat(s.uid())
                .matches("session-\\d+-\\d+-\\d+@" + calendar.uidDomain().replace(".", "\\.")));
        assertThat(calendar.uidDomain()).isEqualTo("pendel.local");
    }

    @Test
    void participants_cannot_change_the_schedule() {
        var fixture = testData.course(4);
        List<SessionDraft> drafts = generate(fixture, place);
        assertThatThrownBy(() -> testData.runAs(
                        fixture.participants().getFirst().email(),
                        () -> schedule.save(fixture.course().id(), drafts)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static SessionView session(List<SessionView> sessions, int meeting, int subgroup) {
        return sessions.stream()
                .filter(s -> s.meetingPosition() == meeting && s.subgroupNumber() == subgroup)
                .findFirst()
                .orElseThrow();
    }

    private List<SessionDraft> generate(TestData.CourseFixture fixture, String location) {
        as(fixture, () -> subgroups.composeAutomatically(fixture.course().id()));
        return as(
                fixture,
                () -> schedule.generate(
                        fixture.course().id(), firstDays(fixture, MEETING_1, MEETING_2, MEETING_3), location));
    }

    private Map<Long, LocalDate> firstDays(TestData.CourseFixture fixture, LocalDate... dates) {
        return as(fixture, () -> firstDays(fixture.course().id(), dates));
    }

    private Map<Long, LocalDate> firstDays(long courseId, LocalDate... dates) {
        List<CourseDetails.Meeting> meetings = testData.runAs("beheerder@pendel.test", () -> courses.details(courseId))
                .meetings();
        Map<Long, LocalDate> days = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            days.put(meetings.get(i).id(), dates[i]);
        }
        return days;
    }

    private List<String> keys(TestData.CourseFixture fixture, List<SessionDraft> drafts) {
        return check(fixture, drafts).stream().map(Conflict::messageKey).collect(Collectors.toList());
    }

    private List<Conflict> check(TestData.CourseFixture fixture, List<SessionDraft> drafts) {
        return as(fixture, () -> schedule.check(fixture.course().id(), drafts));
    }

    private <T> T as(TestData.CourseFixture fixture, java.util.function.Supplier<T> work) {
        return testData.runAs(fixture.trainer().email(), work);
    }

    private static SessionDraft copyOf(SessionDraft draft) {
        SessionDraft copy = SessionDraft.generated(
                draft.getMeetingId(),
                draft.getMeetingPosition(),
                draft.getMeetingTitle(),
                draft.getSubgroupId(),
                draft.getSubgroupNumber());
        copy.setDate(draft.getDate());
        copy.setStart(draft.getStart());
        copy.setEnd(draft.getEnd());
        copy.setLocation(draft.getLocation());
        copy.setTrainerId(draft.getTrainerId());
        return copy;
    }

    @Test
    void sessions_for_details_the_caller_holds_are_refused_when_the_reader_may_not_see_the_course() {
        var mine = testData.published(4);
        var other = testData.published(4);
        String participant = mine.participants().getFirst().email();
        var mineDetails =
                testData.runAs(participant, () -> courses.details(mine.course().id()));
        var otherDetails = testData.runAs(
                other.trainer().email(), () -> courses.details(other.course().id()));

        var sessions = testData.runAs(
                participant,
                () -> schedule.sessionsOf(java.util.Map.of(mine.course().id(), mineDetails)));

        assertThat(sessions.get(mine.course().id())).hasSize(12);
        assertThatThrownBy(() -> testData.runAs(
                        participant,
                        () -> schedule.sessionsOf(java.util.Map.of(
                                mine.course().id(), mineDetails, other.course().id(), otherDetails))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
