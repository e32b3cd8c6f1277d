package nl.pendel.schedule;

import java.util.Set;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.security.Role;
import nl.pendel.subgroup.SubgroupService;

/**
 * Two courses whose people clash, for the checks against other courses: a first course with its
 * schedule saved on {@link TestData#MEETING_DAYS} (2027), and a second one, its subgroups composed
 * but not yet scheduled, whose own schedule on the same days would clash with it.
 */
public record ClashingCourses(TestData.CourseFixture first, CourseSummary second, PersonSummary secondTrainer) {

    /** The second course is a copy of the first for the same participants, with another trainer. */
    public static ClashingCourses sameParticipants(
            TestData testData, CourseService courses, SubgroupService subgroups, int participants, String place) {
        var first = testData.course(participants);
        testData.schedule(first, place);
        PersonSummary trainer = testData.person().roles(Role.TRAINER).noTeam().create();
        var draft = CourseDraft.of(
                first.course(),
                Set.copyOf(first.participants().stream().map(PersonSummary::id).toList()));
        draft.setTitle(TestData.unique("Tweede cursus"));
        draft.setTrainerId(trainer.id());
        CourseSummary second = testData.runAs(
                "beheerder@pendel.test", () -> courses.copy(first.course().id(), draft));
        testData.runAs(trainer.email(), () -> subgroups.composeAutomatically(second.id()));
        return new ClashingCourses(first, second, trainer);
    }

    /**
     * The second course is for other people, given by the first course's trainer with a
     * co-trainer, so the trainer is taken by the first course at the same times.
     */
    public static ClashingCourses sameTrainer(TestData testData, SubgroupService subgroups, String place) {
        var first = testData.course(4);
        testData.schedule(first, place);
        PersonSummary coTrainer = testData.person()
                .roles(Role.TRAINER)
                .noTeam()
                .name(TestData.unique("Myrthe Douma"))
                .create();
        var second = testData.course(4, first.trainer(), coTrainer);
        testData.runAs(
                first.trainer().email(),
                () -> subgroups.composeAutomatically(second.course().id()));
        return new ClashingCourses(first, second.course(), coTrainer);
    }
}
