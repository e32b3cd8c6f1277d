package nl.pendel.evaluation;

import nl.pendel.programme.Questionnaire;
import org.jspecify.annotations.Nullable;

/**
 * What the participant's evaluation screen shows: the course, the questions, when it can be
 * answered (none while the course has no sessions), and whether they answered already.
 */
public record EvaluationForm(
        long courseId,
        String courseTitle,
        Questionnaire questionnaire,
        @Nullable EvaluationWindow window,
        boolean open,
        boolean answered) {}
