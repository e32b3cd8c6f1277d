package nl.pendel.assessment;

import java.util.List;
import java.util.Map;

/**
 * What a participant filled in so far: a level per indicator id, what they master, their
 * development points, one to three goals, and how far they got with the goals of their previous
 * moment (goal position → {@link #PROGRESS_MIN}..{@link #PROGRESS_MAX}).
 */
public record AssessmentDraft(
        Map<Long, Integer> ratings,
        String mastered,
        String development,
        List<String> goals,
        Map<Integer, Integer> goalProgress) {

    public static final int TEXT_MAX = 2000;
    public static final int GOAL_MAX = 500;
    public static final int GOALS_MAX = 3;
    /** "Nog niet aan toegekomen". */
    public static final int PROGRESS_MIN = 1;
    /** "Bereikt". */
    public static final int PROGRESS_MAX = 4;

    public AssessmentDraft {
        ratings = Map.copyOf(ratings);
        goals = List.copyOf(goals);
        goalProgress = Map.copyOf(goalProgress);
    }

    /** Answers without a previous moment's goals to look back on. */
    public AssessmentDraft(Map<Long, Integer> ratings, String mastered, String development, List<String> goals) {
        this(ratings, mastered, development, goals, Map.of());
    }
}
