package nl.pendel.completion;

import nl.pendel.plan.PlanStatus;
import org.jspecify.annotations.Nullable;

/**
 * One participant's completion of a course, criterion by criterion ({@link CompletionRule}).
 *
 * @param planStatus their subgroup's furthest plan, or null without a plan (or subgroup)
 * @param registerNumber their certificate's number once issued
 */
public record ParticipantCompletion(
        long personId,
        String name,
        @Nullable Integer subgroupNumber,
        int meetingsAttended,
        int meetings,
        double hours,
        int homeworkVoldaan,
        int assignments,
        boolean startAssessment,
        boolean endAssessment,
        @Nullable PlanStatus planStatus,
        @Nullable String registerNumber) {

    public boolean attendanceMet() {
        return CompletionRule.attended(meetingsAttended, meetings);
    }

    public boolean homeworkMet() {
        return CompletionRule.homework(homeworkVoldaan, assignments);
    }

    public boolean assessmentsMet() {
        return startAssessment && endAssessment;
    }

    public boolean planMet() {
        return CompletionRule.plan(planStatus);
    }

    public boolean completed() {
        return attendanceMet() && homeworkMet() && assessmentsMet() && planMet();
    }
}
