package nl.pendel.assessment;

import java.util.List;
import java.util.Map;
import nl.pendel.programme.ProgrammeOutline.Orientation;

/**
 * A participant's submitted self-assessments over the moments: the average level per competence
 * and the level per indicator at each moment.
 */
public record Growth(List<MomentKind> moments, List<CompetenceGrowth> competences) {

    public Growth {
        moments = List.copyOf(moments);
        competences = List.copyOf(competences);
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
}
