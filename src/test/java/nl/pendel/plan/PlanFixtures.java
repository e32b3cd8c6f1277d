package nl.pendel.plan;

import java.util.ArrayList;
import java.util.List;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.stereotype.Component;

/** A published course with its subgroups composed, and who is in which: for the plan tests. */
@Component
public class PlanFixtures {

    private final TestData testData;
    private final SubgroupService subgroups;

    PlanFixtures(TestData testData, SubgroupService subgroups) {
        this.testData = testData;
        this.subgroups = subgroups;
    }

    /** A course of {@code participants} people in subgroups, published, with a lead of its team. */
    public Course published(int participants) {
        var fixture = testData.published(participants);
        long courseId = fixture.course().id();
        List<CourseSubgroup> courseSubgroups =
                testData.runAs(fixture.trainer().email(), () -> subgroups.ofCourse(courseId));
        List<List<PersonSummary>> bySubgroup = new ArrayList<>();
        courseSubgroups.forEach(subgroup -> {
            while (bySubgroup.size() < subgroup.number()) {
                bySubgroup.add(new ArrayList<>());
            }
            fixture.participants().stream()
                    .filter(p -> subgroup.members().contains(p.id()))
                    .forEach(bySubgroup.get(subgroup.number() - 1)::add);
        });
        List<Long> subgroupIds =
                new ArrayList<>(courseSubgroups.stream().map(CourseSubgroup::id).toList());
        PersonSummary lead = testData.teamLead(fixture.team().id());
        return new Course(fixture, bySubgroup, subgroupIds, lead);
    }

    public record Course(
            TestData.CourseFixture fixture,
            List<List<PersonSummary>> members,
            List<Long> subgroupIds,
            PersonSummary lead) {

        public long id() {
            return fixture.course().id();
        }

        public PersonSummary trainer() {
            return fixture.trainer();
        }

        /** The n-th member (from 0) of subgroup {@code number} (from 1). */
        public PersonSummary member(int number, int n) {
            return members.get(number - 1).get(n);
        }
    }
}
