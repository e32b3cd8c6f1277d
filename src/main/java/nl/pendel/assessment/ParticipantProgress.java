package nl.pendel.assessment;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One participant in the trainer's overview: which moments they did. */
public record ParticipantProgress(
        long personId, String name, @Nullable Integer subgroupNumber, Map<MomentKind, State> moments) {

    /** Where a participant's self-assessment at one moment stands. */
    public enum State {
        NONE,
        DRAFT,
        SUBMITTED;

        public String translationKey() {
            return "assessment.state." + name();
        }
    }

    public ParticipantProgress {
        moments = Map.copyOf(moments);
    }
}
