package nl.pendel.evaluation;

import java.util.Map;

/** What a participant fills in: per question key a rating or a text; left out or blank is no answer. */
public record EvaluationDraft(Map<String, Integer> ratings, Map<String, String> texts) {

    public EvaluationDraft {
        ratings = Map.copyOf(ratings);
        texts = Map.copyOf(texts);
    }
}
