package nl.pendel.assessment;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A participant's self-assessment as the course's trainers read it: per competence the average
 * self-rating per submitted moment and the trainer's own observation beside it (never mixed),
 * what the participant masters, their development points and goals at the latest moment.
 */
public record ParticipantReview(
        long personId,
        String name,
        List<CompetenceReview> competences,
        String mastered,
        String development,
        List<String> goals) {

    public ParticipantReview {
        competences = List.copyOf(competences);
        goals = List.copyOf(goals);
    }

    /** One competence: self-ratings per moment, and the trainer's observation. */
    public record CompetenceReview(
            String code,
            String shortTitle,
            Map<MomentKind, Double> selfAverages,
            @Nullable String observation,
            long observationVersion) {

        public CompetenceReview {
            selfAverages = Map.copyOf(selfAverages);
        }
    }
}
