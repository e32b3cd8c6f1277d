package nl.pendel.precondition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team's view beside the lead's, per precondition.
 *
 * @param participantsAnswered how many participants rated at least one precondition
 * @param participants how many participants the course has
 * @param rows one per precondition, in the order of {@link Precondition}
 * @param comments the participants' comments without names: only for the lead and the trainers,
 *     and only once {@link PreconditionService#MIN_PARTICIPANTS} participants answered; otherwise
 *     empty
 * @param commentsShown whether this reader may see the participants' comments (lead or trainer
 *     and enough answers)
 */
public record Comparison(
        long courseId,
        int participantsAnswered,
        int participants,
        List<Row> rows,
        List<AnonymousComment> comments,
        boolean commentsShown) {

    public Comparison {
        rows = List.copyOf(rows);
        comments = List.copyOf(comments);
    }

    /**
     * @param teamAverage the participants' average rating, or empty when fewer than {@link
     *     PreconditionService#MIN_PARTICIPANTS} rated this precondition
     * @param teamCount how many participants rated it
     * @param leadRating the lead's rating (the average when several leads answered), or empty
     * @param leadCount how many leads rated it
     */
    public record Row(
            Precondition precondition,
            @Nullable Double teamAverage,
            int teamCount,
            @Nullable Double leadRating,
            int leadCount) {

        public boolean teamShown() {
            return teamAverage != null;
        }
    }

    /** A participant's comment, without who wrote it. */
    public record AnonymousComment(Precondition precondition, String text) {}
}
