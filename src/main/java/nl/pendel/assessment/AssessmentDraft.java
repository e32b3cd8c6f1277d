package nl.pendel.assessment;

import java.util.List;
import java.util.Map;

/**
 * What a participant filled in so far: a level per indicator id, what they master, their
 * development points and one to three goals.
 */
public record AssessmentDraft(Map<Long, Integer> ratings, String mastered, String development, List<String> goals) {

    public static final int TEXT_MAX = 2000;
    public static final int GOAL_MAX = 500;
    public static final int GOALS_MAX = 3;

    public AssessmentDraft {
        ratings = Map.copyOf(ratings);
        goals = List.copyOf(goals);
    }
}
