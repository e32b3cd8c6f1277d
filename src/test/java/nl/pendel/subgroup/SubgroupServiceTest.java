package nl.pendel.subgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SubgroupServiceTest {

    @Autowired
    SubgroupService subgroups;

    @Autowired
    TestData testData;

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
}
