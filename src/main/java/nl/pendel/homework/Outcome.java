package nl.pendel.homework;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A trainer's judgement of homework, given with the feedback: {@link #VOLDAAN} (done) or {@link
 * #NOG_NIET} (not yet: the participant adjusts it and hands it in again). The homework's outcome is
 * that of the newest feedback carrying one, so a trainer changes it by judging again.
 */
public enum Outcome {
    VOLDAAN,
    NOG_NIET;

    public String translationKey() {
        return "homework.outcome." + name();
    }

    /** The stored value read back; null for feedback without a judgement. */
    public static @Nullable Outcome of(@Nullable String stored) {
        return stored == null ? null : valueOf(stored);
    }

    /** The current outcome of homework with these versions: the newest judgement given on any of them. */
    public static @Nullable Outcome current(List<Submission> submissions) {
        return submissions.stream()
                .flatMap(s -> s.feedback().stream())
                .filter(f -> f.outcome() != null)
                .max(Comparator.comparing(Feedback::givenAt).thenComparing(Feedback::id))
                .map(Feedback::outcome)
                .filter(Objects::nonNull)
                .orElse(null);
    }
}
