package nl.pendel.assessment;

import java.util.List;
import java.util.Map;
import nl.pendel.programme.ProgrammeOutline.Orientation;

/**
 * A participant's submitted self-assessments over the moments: the average level per competence
 * and the level per indicator at each moment, and their development goals with how far they got
 * with each at later moments.
 */
public record Growth(List<MomentKind> moments, List<CompetenceGrowth> competences, List<GoalTrack> goals) {

    public Growth {
        moments = List.copyOf(moments);
        competences = List.copyOf(competences);
        goals = List.copyOf(goals);
    }

    /** One competence: its average per moment, and its indicators. */
    public record CompetenceGrowth(
            String code,
            String shortTitle,
            Orientation orientation,
            Map<MomentKind, Double> averages,
            List<IndicatorGrowth> indicators) {

        public CompetenceGrowth {
            averages = Map.copyOf(averages);
            indicators = List.copyOf(indicators);
        }
    }

    /** One indicator: the level per moment. */
    public record IndicatorGrowth(String code, String text, Map<MomentKind, Integer> levels) {

        public IndicatorGrowth {
            levels = Map.copyOf(levels);
        }
    }

    /**
     * A development goal set at one moment and the progress the participant gave it at later
     * moments ({@link AssessmentDraft#PROGRESS_MIN}..{@link AssessmentDraft#PROGRESS_MAX}).
     */
    public record GoalTrack(MomentKind setAt, String text, Map<MomentKind, Integer> progress) {

        public GoalTrack {
            progress = Map.copyOf(progress);
        }
    }

    /** The growth with only the goals set at these moments (the others left out). */
    public Growth withGoalsSetAt(java.util.Set<MomentKind> kinds) {
        return new Growth(
                moments,
                competences,
                goals.stream().filter(g -> kinds.contains(g.setAt())).toList());
    }
}
