package nl.pendel.homework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trainer's written feedback on one version handed in.
 *
 * @param outcome the judgement given with it; null for feedback without one
 */
public record Feedback(
        long id,
        String trainerName,
        Instant givenAt,
        String body,
        @Nullable Outcome outcome) {

    public static final int MAX = 5000;

    public String bodyHtml() {
        return nl.pendel.shared.Markdown.toHtml(body);
    }
}
