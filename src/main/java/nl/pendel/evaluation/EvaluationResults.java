package nl.pendel.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A course's evaluation as its trainers and its team's lead read it. Below
 * {@link EvaluationResultsService#MIN_ANSWERS} answers only the count is given ({@code shown}
 * false, no figures, no texts).
 */
public record EvaluationResults(
        long courseId, String courseTitle, int answers, boolean shown, List<Rating> ratings, List<Texts> texts) {

    public EvaluationResults {
        ratings = List.copyOf(ratings);
        texts = List.copyOf(texts);
    }

    /** One rating question: how many rated it and their average (null when nobody did). */
    public record Rating(
            String questionKey,
            String label,
            int count,
            @Nullable Double average) {}

    /** The texts given to one text question, in a shuffled order that does not follow who answered when. */
    public record Texts(String questionKey, String label, List<String> answers) {

        public Texts {
            answers = List.copyOf(answers);
        }
    }
}
