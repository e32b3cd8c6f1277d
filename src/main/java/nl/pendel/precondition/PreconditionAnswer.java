package nl.pendel.precondition;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One person's answer for one precondition.
 *
 * @param rating 1 (ontbreekt) to 5 (uitstekend), or empty when not (yet) rated
 * @param comment an optional explanation, at most {@link PreconditionService#COMMENT_MAX} characters
 */
public record PreconditionAnswer(
        Precondition precondition, @Nullable Integer rating, String comment) {

    public PreconditionAnswer {
        Objects.requireNonNull(precondition);
        comment = comment == null ? "" : comment;
    }

    public boolean isEmpty() {
        return rating == null && comment.isBlank();
    }
}
