package nl.pendel.lookback;

import java.util.Map;

/**
 * What a participant fills in: per question key a rating (rating questions) or a text (text
 * questions); a question left out or blank is not answered.
 *
 * @param signed whether the trainers may see the participant's name with the answers
 * @param expectedVersion the {@link MyLookBack#version()} the participant started from (0: none)
 */
public record LookBackDraft(
        Map<String, Integer> ratings, Map<String, String> texts, boolean signed, long expectedVersion) {

    public LookBackDraft {
        ratings = Map.copyOf(ratings);
        texts = Map.copyOf(texts);
    }
}
