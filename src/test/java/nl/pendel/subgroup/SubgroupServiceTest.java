package nl.pendel.subgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SubgroupServiceTest {

    @Autowired
    SubgroupService subgroups;

    @Autowired
    TestData testData;

    @Autowired
    CourseService courses;

    @Test
    void composing_spreads_24_people_of_six_disciplines_evenly_over_four_subgroups() {
        var fixture = testData.course(24);
        SubgroupOverview overview = testData.runAs(
                fixture.trainer().email(),
                () -> subgroups.composeAutomatically(fixture.course().id()));

        assertThat(overview.subgroups()).extracting(SubgroupView::number).containsExactly(1, 2, 3, 4);
        assertThat(overview.subgroups()).allSatisfy(s -> {
            assertThat(s.members()).hasSize(6);
            assertThat(s.disciplineMix()).hasSize(6);
        });
        assertThat(overview.unassigned()).isEmpty();
        assertThat(overview.balanced()).isTrue();
        assertThat(overview.disciplineSpread()).isZero();
    }

    @Test
    void moving_someone_by_hand_updates_the_balance() {
        var fixture = testData.course(8);
        var overview = testData.runAs(
                fixture.trainer().email(),
                () -> subgroups.composeAutomatically(fixture.course().id()));
        PersonProfile someone = overview.subgroups().get(0).members().getFirst();
        long target = overview.subgroups().get(1).id();

        var after = testData.runAs(
                fixture.trainer().email(), () -> subgroups.move(fixture.course().id(), someone.id(), target));

        assertThat(after.subgroups().get(0).members()).hasSize(1);
        assertThat(after.subgroups().get(1).members())
                .hasSize(3)
                .extracting(PersonProfile::id)
                .contains(someone.id());
        assertThat(after.balanced()).isFalse();
    }

    @Test
    void only_the_course_trainers_compose_subgroups() {
        var fixture = testData.course(4);
        String participant = fixture.participants().getFirst().email();
        assertThatThrownBy(() -> testData.runAs(
                        participant,
                        () -> subgroups.composeAutomatically(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);
        String otherTrainer = testData.person()
                .roles(nl.pendel.security.Role.TRAINER)
                .noTeam()
                .create()
                .email();
        assertThatThrownBy(() -> testData.runAs(
                        otherTrainer,
                        () -> subgroups.composeAutomatically(fixture.course().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_participant_reads_the_subgroups_of_their_own_course_and_is_refused_those_of_another() {
        var mine = testData.published(8);
        var other = testData.published(8);
        String participant = mine.participants().getFirst().email();
        CourseAccess mineChecked = testData.runAs(
                participant, () -> courses.requireView(mine.course().id()));
        CourseAccess otherFacts = testData.runAs(
                other.trainer().email(),
                () -> courses.requireView(other.course().id()));

        List<CourseSubgroup> found = testData.runAs(participant, () -> subgroups.inCourses(List.of(mineChecked)));

        assertThat(found)
                .extracting(CourseSubgroup::courseId)
                .containsOnly(mine.course().id());
        assertThat(found).extracting(CourseSubgroup::number).containsExactly(1, 2, 3, 4);
        assertThat(found).flatExtracting(CourseSubgroup::members).hasSize(8);
        assertThatThrownBy(
                        () -> testData.runAs(participant, () -> subgroups.inCourses(List.of(mineChecked, otherFacts))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void subgroups_by_id_across_courses_are_for_trainers_and_administrators_only() {
        var fixture = testData.published(8);
        long courseId = fixture.course().id();
        List<CourseSubgroup> ofCourse = testData.runAs(fixture.trainer().email(), () -> subgroups.ofCourse(courseId));
        Set<Long> ids = Set.of(ofCourse.get(0).id(), ofCourse.get(1).id());

        var byTrainer = testData.runAs(fixture.trainer().email(), () -> subgroups.withIds(ids));

        assertThat(byTrainer).containsOnlyKeys(ids);
        assertThat(byTrainer.get(ofCourse.get(0).id()).members())
                .isEqualTo(ofCourse.get(0).members());
        String participant = fixture.participants().getFirst().email();
        assertThatThrownBy(() -> testData.runAs(participant, () -> subgroups.withIds(ids)))
                .isInstanceOf(AccessDeniedException.class);
        String lead = testData.teamLead(fixture.team().id()).email();
        assertThatThrownBy(() -> testData.runAs(lead, () -> subgroups.withIds(ids)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
