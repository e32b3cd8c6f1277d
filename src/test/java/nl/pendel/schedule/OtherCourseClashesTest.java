package nl.pendel.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.IntegrationTest;
import nl.pendel.SqlStatements;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A schedule against the sessions of other courses at the same time (2027): the conflicts say
 * who, which course and when, with typed arguments; and the co-trainer leads where the trainer
 * is taken by another course.
 */
@IntegrationTest
class OtherCourseClashesTest {

    private final String place = TestData.unique("Wijkcentrum");

    @Autowired
    ScheduleService schedule;

    @Autowired
    CourseService courses;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    TestData testData;

    @Test
    void people_in_a_session_of_another_course_at_that_time_are_named_with_that_course_and_its_time() {
        var courses2 = ClashingCourses.sameParticipants(testData, courses, subgroups, 8, place);
        String trainer = courses2.secondTrainer().email();
        List<SessionDraft> drafts = generate(trainer, courses2.second().id(), place + " B");

        List<Conflict> conflicts =
                testData.runAs(trainer, () -> schedule.check(courses2.second().id(), drafts));

        List<Conflict> people = conflicts.stream()
                .filter(c -> c.messageKey().equals("schedule.conflict.person-elsewhere"))
                .toList();
        assertThat(people).hasSize(12);
        assertThat(conflicts).hasSize(12);
        Map<Long, String> names = courses2.first().participants().stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        // the first session (Tuesday 26 January, 08:30–12:30) and the first course's session then
        SessionDraft first = drafts.getFirst();
        assertThat(first.getDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(first.getStart()).isEqualTo(LocalTime.of(8, 30));
        SessionView other = testData
                .runAs(
                        courses2.first().trainer().email(),
                        () -> schedule.sessions(courses2.first().course().id()))
                .stream()
                .filter(s -> s.date().equals(first.getDate()) && s.start().equals(first.getStart()))
                .findFirst()
                .orElseThrow();
        Map<Long, CourseSubgroup> both =
                testData.runAs(trainer, () -> subgroups.withIds(Set.of(first.getSubgroupId(), other.subgroupId())));
        Set<Long> inBoth = new HashSet<>(both.get(first.getSubgroupId()).members());
        inBoth.retainAll(both.get(other.subgroupId()).members());
        List<String> expected = inBoth.stream().map(names::get).sorted().toList();
        assertThat(expected).isNotEmpty();

        Conflict clash =
                people.stream().filter(c -> c.sessionIndex() == 0).findFirst().orElseThrow();
        assertThat(clash.arguments())
                .containsExactly(
                        new Conflict.People(expected),
                        expected.size(),
                        courses2.first().course().title(),
                        LocalDate.of(2027, 1, 26),
                        LocalTime.of(8, 30),
                        LocalTime.of(12, 30));
        assertThat(clash.arguments().get(1)).isInstanceOf(Integer.class);
    }

    @Test
    void the_same_trainer_or_room_in_another_course_names_the_trainer_and_that_course() {
        var first = testData.course(4);
        testData.schedule(first, place);
        var second = testData.course(4, first.trainer(), null);
        testData.runAs(
                first.trainer().email(),
                () -> subgroups.composeAutomatically(second.course().id()));
        String trainer = first.trainer().email();
        List<SessionDraft> drafts = generate(trainer, second.course().id(), place);

        List<Conflict> conflicts =
                testData.runAs(trainer, () -> schedule.check(second.course().id(), drafts));

        Conflict busy = only(conflicts, "schedule.conflict.trainer-elsewhere");
        assertThat(busy.arguments())
                .containsExactly(
                        new Conflict.People(List.of(first.trainer().displayName())),
                        first.course().title(),
                        LocalDate.of(2027, 1, 26),
                        LocalTime.of(8, 30),
                        LocalTime.of(12, 30));
        Conflict room = only(conflicts, "schedule.conflict.room-elsewhere");
        assertThat(room.arguments())
                .containsExactly(
                        place,
                        first.course().title(),
                        LocalDate.of(2027, 1, 26),
                        LocalTime.of(8, 30),
                        LocalTime.of(12, 30));
    }

    @Test
    void the_co_trainer_leads_the_sessions_when_the_trainer_gives_another_course_at_that_time() {
        var both = ClashingCourses.sameTrainer(testData, subgroups, place);
        String trainer = both.first().trainer().email();
        List<SessionDraft> drafts = generate(trainer, both.second().id(), place + " B");

        assertThat(drafts).hasSize(12).allSatisfy(d -> assertThat(d.getTrainerId())
                .isEqualTo(both.secondTrainer().id()));
        assertThat(testData.runAs(trainer, () -> schedule.check(both.second().id(), drafts)))
                .isEmpty();
    }

    @Test
    void naming_the_people_and_courses_costs_as_many_sql_statements_for_one_clash_as_for_twelve() {
        var courses2 = ClashingCourses.sameParticipants(testData, courses, subgroups, 8, place);
        String trainer = courses2.secondTrainer().email();
        List<SessionDraft> all = generate(trainer, courses2.second().id(), place + " B");
        List<SessionDraft> one = generate(trainer, courses2.second().id(), place + " B");
        // all but the first session a week later, when the first course has no sessions
        one.stream().skip(1).forEach(d -> d.setDate(d.getDate().plusWeeks(1)));

        var twelve = SqlStatements.count(() ->
                testData.runAs(trainer, () -> schedule.check(courses2.second().id(), all)));
        var single = SqlStatements.count(() ->
                testData.runAs(trainer, () -> schedule.check(courses2.second().id(), one)));

        assertThat(twelve.result()).hasSize(12);
        assertThat(single.result())
                .filteredOn(c -> c.messageKey().endsWith("-elsewhere"))
                .hasSize(1);
        assertThat(twelve.statements()).isEqualTo(single.statements());
    }

    private static Conflict only(List<Conflict> conflicts, String key) {
        return conflicts.stream()
                .filter(c -> c.messageKey().equals(key) && c.sessionIndex() == 0)
                .findFirst()
                .orElseThrow();
    }

    private List<SessionDraft> generate(String trainer, long courseId, String location) {
        return testData.runAs(trainer, () -> {
            List<CourseDetails.Meeting> meetings = courses.details(courseId).meetings();
            Map<Long, LocalDate> days = new HashMap<>();
            for (int i = 0; i < meetings.size(); i++) {
                days.put(meetings.get(i).id(), TestData.MEETING_DAYS.get(i));
            }
            return schedule.generate(courseId, days, location);
        });
    }
}
