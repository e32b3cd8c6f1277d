package nl.pendel.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.shared.OneLineText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;

/** What a self-assessment's answers must be to be stored as a draft, and what submitting still misses. */
final class AnswerRules {

    private AnswerRules() {}

    /** Levels on the framework's scale for its own indicators, texts and goals within their limits. */
    static void validate(ProgrammeOutline.Framework framework, AssessmentDraft draft) {
        Set<Long> indicators = framework.competences().stream()
                .flatMap(c -> c.indicators().stream())
                .map(ProgrammeOutline.Indicator::id)
                .collect(Collectors.toSet());
        Set<Integer> levels =
                framework.scale().stream().map(ProgrammeOutline.Level::value).collect(Collectors.toSet());
        for (Map.Entry<Long, Integer> rating : draft.ratings().entrySet()) {
            if (!indicators.contains(rating.getKey()) || !levels.contains(rating.getValue())) {
                throw new UserFacingException("assessment.error.level");
            }
        }
        for (String text : List.of(draft.mastered(), draft.development())) {
            if (text.codePointCount(0, text.length()) > AssessmentDraft.TEXT_MAX) {
                throw new UserFacingException("assessment.error.text-too-long", AssessmentDraft.TEXT_MAX);
            }
        }
        validateGoals(draft);
    }

    private static void validateGoals(AssessmentDraft draft) {
        if (draft.goals().stream().filter(g -> !Texts.blank(g)).count() > AssessmentDraft.GOALS_MAX) {
            throw new UserFacingException("assessment.error.too-many-goals", AssessmentDraft.GOALS_MAX);
        }
        for (String goal : draft.goals()) {
            OneLineText.check(goal);
            if (goal.strip().codePointCount(0, goal.strip().length()) > AssessmentDraft.GOAL_MAX) {
                throw new UserFacingException("assessment.error.goal-too-long", AssessmentDraft.GOAL_MAX);
            }
        }
    }

    /** Progress given only on the earlier moment's goals, on the progress scale. */
    static void validateProgress(AssessmentDraft draft, int earlierGoals) {
        for (Map.Entry<Integer, Integer> progress : draft.goalProgress().entrySet()) {
            if (progress.getKey() < 0
                    || progress.getKey() >= earlierGoals
                    || progress.getValue() < AssessmentDraft.PROGRESS_MIN
                    || progress.getValue() > AssessmentDraft.PROGRESS_MAX) {
                throw new UserFacingException("assessment.error.level");
            }
        }
    }

    /** The codes of the framework's indicators not rated, in order, comma-separated. */
    static String missingCodes(ProgrammeOutline.Framework framework, Set<Long> rated) {
        List<String> missing = new ArrayList<>();
        for (ProgrammeOutline.Competence competence : framework.competences()) {
            for (ProgrammeOutline.Indicator indicator : competence.indicators()) {
                if (!rated.contains(indicator.id())) {
                    missing.add(indicator.code());
                }
            }
        }
        return String.join(", ", missing);
    }
}
