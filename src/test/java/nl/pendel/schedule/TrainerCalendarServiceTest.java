package nl.pendel.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.SqlStatements;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TrainerCalendarServiceTest {

    /** The whole period of the test courses, with every meeting up to three weeks later. */
    static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    static final LocalDate TO = LocalDate.of(2027, 3, 31);

    private final String place = TestData.unique("Wijkcentrum");

    @Autowired
    TrainerCalendarService calendar;

    @Autowired
    ScheduleService schedule;

    @Autowired
    nl.pendel.course.CourseService courses;

    @Autowired
    TestData testData;

    @Test
    void trainer_sees_the_sessions_of_all_their_courses_with_course_meeting_and_subgroup() {
        PersonSummary trainer = testData.trainer();
        var first = testData.course(4, trainer, null);
        var second = testData.course(4, trainer, null);
        testData.schedule(first, place + "-1");
        testData.schedule(second, place + "-2", 1);

        List<CalendarSession> mine = sessionsOf(trainer, FROM, TO);

        assertThat(mine).hasSize(24);
        assertThat(mine)
                .extracting(CalendarSession::courseId)
                .containsOnly(first.course().id(), second.course().id());
        assertThat(mine)
                .isSortedAccordingTo(
                        java.util.Comparator.comparing(CalendarSession::date).thenComparing(CalendarSession::start));
        CalendarSession earliest = mine.getFirst();
        assertThat(earliest.courseTitle()).isEqualTo(first.course().title());
        assertThat(earliest.meetingPosition()).isEqualTo(1);
        assertThat(earliest.meetingTitle()).isEqualTo("Beelden van preventief en omgevingsgericht werken");
        assertThat(earliest.subgroupNumber()).isEqualTo(1);
        assertThat(earliest.date()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(earliest.start()).isEqualTo(LocalTime.of(8, 30));
        assertThat(earliest.end()).isEqualTo(LocalTime.of(12, 30));
        assertThat(earliest.location()).isEqualTo(place + "-1");
        assertThat(earliest.status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(earliest.courseOpen()).isTrue();
        assertThat(mine)
                .filteredOn(s -> s.courseId() == second.course().id())
                .extracting(CalendarSession::subgroupNumber)
                .containsOnly(1, 2, 3, 4);
    }

    @Test
    void co_trainer_sees_the_sessions_of_the_course_they_co_train() {
        PersonSummary coTrainer = testData.trainer();
        var fixture = testData.course(4, testData.trainer(), coTrainer);
        testData.schedule(fixture, place);

        List<CalendarSession> mine = sessionsOf(coTrainer, FROM, TO);

        assertThat(mine).hasSize(12);
        assertThat(mine).allSatisfy(s -> assertThat(s.courseOpen()).isTrue());
    }

    @Test
    void both_ends_of_the_period_are_included() {
        var fixture = testData.course(4);
        testData.schedule(fixture, place);

        // meeting 1 on Tuesday 26 and Wednesday 27 January, meeting 2 on 9 and 10 February
        List<CalendarSession> mine = sessionsOf(fixture.trainer(), LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 9));

        assertThat(mine)
                .extracting(s -> s.date() + " " + s.meetingPosition() + "/" + s.subgroupNumber())
                .containsExactly("2027-01-27 1/3", "2027-01-27 1/4", "2027-02-09 2/1", "2027-02-09 2/2");
    }

    @Test
    void another_trainers_course_is_not_included() {
        var mine = testData.course(4);
        var theirs = testData.course(4);
        testData.schedule(mine, place + "-mine");
        testData.schedule(theirs, place + "-theirs");

        assertThat(sessionsOf(mine.trainer(), FROM, TO))
                .hasSize(12)
                .extracting(CalendarSession::courseId)
                .containsOnly(mine.course().id());
    }

    @Test
    void sessions_still_given_by_a_former_trainer_stay_in_their_calendar_without_opening_the_course() {
        var fixture = testData.course(4);
        testData.schedule(fixture, place);
        PersonSummary successor = testData.trainer();
        var draft = nl.pendel.course.CourseDraft.of(
                fixture.course(),
                java.util.Set.copyOf(
                        fixture.participants().stream().map(PersonSummary::id).toList()));
        draft.setTrainerId(successor.id());
        testData.runAs("beheerder@pendel.test", () -> courses.update(draft));

        // the sessions keep their trainer until the new one reassigns them (the schedule flags them)
        assertThat(sessionsOf(fixture.trainer(), FROM, TO)).hasSize(12).allSatisfy(s -> {
            assertThat(s.courseTitle()).isEqualTo(fixture.course().title());
            assertThat(s.courseOpen()).isFalse();
        });
        assertThat(sessionsOf(successor, FROM, TO)).hasSize(12).allSatisfy(s -> assertThat(s.courseOpen())
                .isTrue());
    }

    @Test
    void cancelled_sessions_are_included_and_marked() {
        var fixture = testData.course(4);
        List<SessionView> sessions = testData.schedule(fixture, place);
        testData.cancel(fixture, sessions.getFirst());

        List<CalendarSession> mine = sessionsOf(fixture.trainer(), FROM, TO);

        assertThat(mine).hasSize(12);
        assertThat(mine).filteredOn(CalendarSession::cancelled).singleElement().satisfies(s -> assertThat(s.sessionId())
                .isEqualTo(sessions.getFirst().id()));
    }

    @Test
    void trainer_without_courses_sees_nothing() {
        assertThat(sessionsOf(testData.trainer(), FROM, TO)).isEmpty();
    }

    @Test
    void administrator_without_the_trainer_role_is_refused() {
        var fixture = testData.course(4);
        testData.schedule(fixture, place);
        assertThatThrownBy(() -> testData.runAs("beheerder@pendel.test", () -> calendar.sessions(FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
        String participant = fixture.participants().getFirst().email();
        assertThatThrownBy(() -> testData.runAs(participant, () -> calendar.sessions(FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_number_of_sql_statements_is_the_same_for_one_course_and_for_several() {
        PersonSummary one = testData.trainer();
        testData.schedule(testData.course(4, one, null), place + "-a");
        PersonSummary several = testData.trainer();
        testData.schedule(testData.course(4, several, null), place + "-b");
        testData.schedule(testData.course(4, several, null), place + "-c", 1);
        testData.schedule(testData.course(4, testData.trainer(), several), place + "-d");

        var forOne = counted(one);
        var forSeveral = counted(several);

        assertThat(forOne.result()).hasSize(12);
        assertThat(forSeveral.result()).hasSize(36);
        assertThat(forSeveral.result()).extracting(CalendarSession::sessionId).doesNotHaveDuplicates();
        // the courses trained, the sessions, then one batch each for titles, meetings and subgroups
        assertThat(forOne.sql()).hasSize(5);
        assertThat(forSeveral.sql()).hasSize(5);
    }

    private SqlStatements.Counted<List<CalendarSession>> counted(PersonSummary trainer) {
        return testData.runAs(trainer.email(), () -> SqlStatements.count(() -> calendar.sessions(FROM, TO)));
    }

    private List<CalendarSession> sessionsOf(PersonSummary trainer, LocalDate from, LocalDate to) {
        return testData.runAs(trainer.email(), () -> calendar.sessions(from, to));
    }
}
