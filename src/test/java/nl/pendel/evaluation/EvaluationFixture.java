package nl.pendel.evaluation;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import org.springframework.stereotype.Component;

/** A published, scheduled course of eight for the course evaluation tests, with the start of its last session. */
@Component
public class EvaluationFixture {

    private final TestData testData;
    private final ScheduleService schedule;
    /** Asked for when used: contexts without the test clock (the production-like ones) still start. */
    private final org.springframework.beans.factory.ObjectProvider<nl.pendel.TestClock> clock;

    EvaluationFixture(
            TestData testData,
            ScheduleService schedule,
            org.springframework.beans.factory.ObjectProvider<nl.pendel.TestClock> clock) {
        this.testData = testData;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The course, its participants and when its last meeting's last session starts. */
    public record Course(TestData.CourseFixture fixture, List<PersonSummary> participants, LocalDateTime lastStart) {

        public long id() {
            return fixture.course().id();
        }

        public String trainer() {
            return fixture.trainer().email();
        }

        public String participant(int index) {
            return participants.get(index).email();
        }
    }

    public Course create() {
        TestData.CourseFixture fixture = testData.published(8);
        List<SessionView> sessions = testData.runAs(
                fixture.trainer().email(),
                () -> schedule.sessions(fixture.course().id()));
        int last =
                sessions.stream().mapToInt(SessionView::meetingPosition).max().orElseThrow();
        LocalDateTime lastStart = sessions.stream()
                .filter(s -> s.meetingPosition() == last)
                .map(s -> s.date().atTime(s.start()))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<PersonSummary> participants = fixture.participants().stream()
                .sorted(Comparator.comparing(PersonSummary::id))
                .toList();
        return new Course(fixture, participants, lastStart);
    }

    /** Sets the clock to some minutes after (negative: before) the start of the course's last session. */
    public void minutesAfterLastStart(Course course, long minutes) {
        clock.getObject().setTo(course.lastStart().plusMinutes(minutes));
    }
}
