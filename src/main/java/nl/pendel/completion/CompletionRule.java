package nl.pendel.completion;

import java.util.Set;
import nl.pendel.assessment.MomentKind;
import nl.pendel.plan.PlanStatus;
import org.jspecify.annotations.Nullable;

/**
 * When a participant completed a course (decision 0017): all the course's meetings attended or at
 * most one missed (a catch-up in another subgroup counts), the homework of every meeting with a
 * preparation assignment judged "voldaan", the start and end self-assessments submitted, and
 * their subgroup's plan at least "klaar voor bijeenkomst 3" (the trainer's sign-off). Pure.
 */
public final class CompletionRule {

    /** Meetings a participant may miss and still complete. */
    public static final int MAY_MISS = 1;

    private CompletionRule() {
        // functions only
    }

    static boolean attended(int attended, int meetings) {
        return meetings > 0 && attended >= meetings - MAY_MISS;
    }

    static boolean homework(int voldaan, int assignments) {
        return voldaan >= assignments;
    }

    static boolean assessments(Set<MomentKind> submitted) {
        return submitted.contains(MomentKind.START) && submitted.contains(MomentKind.END);
    }

    static boolean plan(@Nullable PlanStatus status) {
        return status != null && status.compareTo(PlanStatus.READY) >= 0;
    }
}
