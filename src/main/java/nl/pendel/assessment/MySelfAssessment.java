package nl.pendel.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.pendel.programme.ProgrammeOutline;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in participant's self-assessment at one moment, with the framework to rate on and
 * their answers at the previous moment (shown beside the new ones).
 *
 * @param version 0 before the first save
 * @param editable the moment is open and it is not submitted
 * @param canReopen submitted and the moment is still open
 * @param sharedWithLead the participant lets the lead of their team read the free text
 */
public record MySelfAssessment(
        Moment moment,
        ProgrammeOutline.Framework framework,
        AssessmentDraft answers,
        boolean submitted,
        @Nullable Instant savedAt,
        long version,
        boolean editable,
        boolean canReopen,
        boolean sharedWithLead,
        @Nullable Earlier earlier) {

    /** The answers submitted at the previous moment. */
    public record Earlier(MomentKind kind, Map<Long, Integer> ratings, List<String> goals) {

        public Earlier {
            ratings = Map.copyOf(ratings);
            goals = List.copyOf(goals);
        }
    }
}
