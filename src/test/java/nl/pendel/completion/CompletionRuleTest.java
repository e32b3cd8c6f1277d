package nl.pendel.completion;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pendel.plan.PlanStatus;
import org.junit.jupiter.api.Test;

/** The completion rule of decision 0017, criterion by criterion. */
class CompletionRuleTest {

    private static ParticipantCompletion complete() {
        return new ParticipantCompletion(1, "Anna", 1, 3, 3, 12.0, 2, 2, true, true, PlanStatus.READY, null);
    }

    @Test
    void all_four_criteria_met_is_completed() {
        assertThat(complete().completed()).isTrue();
    }

    @Test
    void one_meeting_missed_still_completes_two_missed_do_not() {
        ParticipantCompletion one =
                new ParticipantCompletion(1, "A", 1, 2, 3, 8, 2, 2, true, true, PlanStatus.READY, null);
        ParticipantCompletion two =
                new ParticipantCompletion(1, "A", 1, 1, 3, 4, 2, 2, true, true, PlanStatus.READY, null);
        assertThat(one.attendanceMet()).isTrue();
        assertThat(one.completed()).isTrue();
        assertThat(two.attendanceMet()).isFalse();
        assertThat(two.completed()).isFalse();
    }

    @Test
    void a_course_without_meetings_is_never_completed_by_attendance() {
        assertThat(CompletionRule.attended(0, 0)).isFalse();
    }

    @Test
    void homework_not_voldaan_for_every_assignment_is_not_completed() {
        ParticipantCompletion p =
                new ParticipantCompletion(1, "A", 1, 3, 3, 12, 1, 2, true, true, PlanStatus.READY, null);
        assertThat(p.homeworkMet()).isFalse();
        assertThat(p.completed()).isFalse();
    }

    @Test
    void the_end_self_assessment_missing_is_not_completed() {
        ParticipantCompletion p =
                new ParticipantCompletion(1, "A", 1, 3, 3, 12, 2, 2, true, false, PlanStatus.READY, null);
        assertThat(p.assessmentsMet()).isFalse();
        assertThat(p.completed()).isFalse();
    }

    @Test
    void the_plan_counts_from_ready_for_meeting_3_on_and_not_without_a_plan() {
        assertThat(CompletionRule.plan(null)).isFalse();
        assertThat(CompletionRule.plan(PlanStatus.IDEA)).isFalse();
        assertThat(CompletionRule.plan(PlanStatus.IN_PROGRESS)).isFalse();
        assertThat(CompletionRule.plan(PlanStatus.READY)).isTrue();
        assertThat(CompletionRule.plan(PlanStatus.RUNNING)).isTrue();
        assertThat(CompletionRule.plan(PlanStatus.EVALUATED)).isTrue();
    }
}
