package nl.pendel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.shared.EditConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The trainers' side of self-assessment: progress, self-ratings and observations kept apart. */
@IntegrationTest
class SelfAssessmentReviewServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    SelfAssessmentReviewService review;

    @Test
    void trainer_sees_who_did_which_moment_and_the_observation_stays_apart_from_the_self_rating() {
        var fixture = testData.course(4);
        testData.schedule(fixture, TestData.unique("Buurthuis"));
        long courseId = fixture.course().id();
        testData.publish(fixture);
        Moment start = testData.openMomentToday(fixture.trainer().email(), courseId, 0);
        var done = fixture.participants().get(0);
        var drafting = fixture.participants().get(1);
        var framework = testData.runAs(fixture.trainer().email(), () -> assessments.framework(courseId));
        Map<Long, Integer> all = new HashMap<>();
        framework.competences().forEach(c -> c.indicators().forEach(i -> all.put(i.id(), 2)));
        testData.runAs(done.email(), () -> {
            long v = assessments.saveDraft(
                    courseId, start.id(), new AssessmentDraft(all, "", "netwerk", List.of("doel")), 0);
            assessments.submit(courseId, start.id(), v);
        });
        testData.runAs(
                drafting.email(),
                () -> assessments.saveDraft(courseId, start.id(), new AssessmentDraft(Map.of(), "", "", List.of()), 0));

        var overview = testData.runAs(fixture.trainer().email(), () -> review.overview(courseId));
        assertThat(overview).hasSize(4);
        assertThat(overview.stream()
                        .filter(p -> p.personId() == done.id())
                        .findFirst()
                        .orElseThrow()
                        .moments())
                .containsEntry(MomentKind.START, ParticipantProgress.State.SUBMITTED)
                .containsEntry(MomentKind.END, ParticipantProgress.State.NONE);
        assertThat(overview.stream()
                        .filter(p -> p.personId() == drafting.id())
                        .findFirst()
                        .orElseThrow()
                        .moments())
                .containsEntry(MomentKind.START, ParticipantProgress.State.DRAFT);

        String code = framework.competences().getFirst().code();
        long version = testData.runAs(
                fixture.trainer().email(),
                () -> review.observe(courseId, done.id(), code, "Zoekt actief partners op", 0));
        assertThatThrownBy(() -> testData.runAs(
                        fixture.trainer().email(), () -> review.observe(courseId, done.id(), code, "ander", 0)))
                .isInstanceOf(EditConflictException.class);
        var read = testData.runAs(fixture.trainer().email(), () -> review.participant(courseId, done.id()));
        var first = read.competences().getFirst();
        assertThat(first.selfAverages()).containsEntry(MomentKind.START, 2.0);
        assertThat(first.observation()).isEqualTo("Zoekt actief partners op");
        assertThat(first.observationVersion()).isEqualTo(version);
        assertThat(read.goals()).containsExactly("doel");
        assertThat(read.development()).isEqualTo("netwerk");
    }

    @Test
    void participants_team_leads_and_other_trainers_cannot_read_the_trainers_side() {
        var fixture = testData.course(3);
        long courseId = fixture.course().id();
        testData.publish(fixture);
        var participant = fixture.participants().getFirst();
        var lead = testData.teamLead(fixture.team().id());
        var otherTrainer = testData.trainer();
        for (String email : List.of(participant.email(), lead.email(), otherTrainer.email())) {
            assertThatThrownBy(() -> testData.runAs(email, () -> review.overview(courseId)))
                    .as(email)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testData.runAs(email, () -> review.participant(courseId, participant.id())))
                    .as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
