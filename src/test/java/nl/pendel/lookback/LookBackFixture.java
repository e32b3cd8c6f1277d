package nl.pendel.lookback;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.pendel.TestClock;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionView;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A published, scheduled course of eight (two per subgroup) for the look-back tests: two members
 * of subgroup 1, one of subgroup 2, and subgroup 1's sessions of meetings 1 and 2.
 */
@Component
public class LookBackFixture {

    private final TestData testData;
    private final SubgroupService subgroups;
    private final ScheduleService schedule;
    /** Asked for when used: contexts without the test clock (the production-like ones) still start. */
    private final ObjectProvider<TestClock> clock;

    LookBackFixture(
            TestData testData, SubgroupService subgroups, ScheduleService schedule, ObjectProvider<TestClock> clock) {
        this.testData = testData;
        this.subgroups = subgroups;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The course and who is where. */
    public record Course(
            TestData.CourseFixture fixture,
            PersonSummary first,
            PersonSummary second,
            PersonSummary otherSubgroup,
            SessionView meeting1,
            SessionView meeting2) {

        public long id() {
            return fixture.course().id();
        }

        public String trainer() {
            return fixture.trainer().email();
        }
    }

    public Course create() {
        TestData.CourseFixture fixture = testData.published(8);
        long courseId = fixture.course().id();
        String trainer = fixture.trainer().email();
        List<CourseSubgroup> groups = testData.runAs(trainer, () -> subgroups.ofCourse(courseId));
        Map<Long, PersonSummary> people = new java.util.HashMap<>();
        fixture.participants().forEach(p -> people.put(p.id(), p));
        List<PersonSummary> one = groups.get(0).members().stream()
                .map(people::get)
                .sorted(java.util.Comparator.comparing(PersonSummary::id))
                .toList();
        PersonSummary two = people.get(groups.get(1).members().iterator().next());
        List<SessionView> sessions = testData.runAs(trainer, () -> schedule.sessions(courseId)).stream()
                .filter(s -> s.subgroupId() == groups.get(0).id())
                .toList();
        return new Course(fixture, one.get(0), one.get(1), two, sessions.get(0), sessions.get(1));
    }

    /** Sets the clock to some minutes after (negative: before) the session's end. */
    public void minutesAfterEnd(SessionView session, long minutes) {
        clock.getObject().setTo(LocalDateTime.of(session.date(), session.end()).plusMinutes(minutes));
    }
}
