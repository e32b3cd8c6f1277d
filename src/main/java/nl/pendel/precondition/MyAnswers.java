package nl.pendel.precondition;

import java.util.Map;

/**
 * The signed-in person's own answers for a course.
 *
 * @param answers by precondition; preconditions not answered are missing
 * @param version the version to send back with {@link PreconditionService#save}; 0 before the
 *     first save
 * @param editable whether the course still takes changes (it is not closed)
 */
public record MyAnswers(
        long courseId,
        Respondent respondent,
        Map<Precondition, PreconditionAnswer> answers,
        long version,
        boolean editable) {

    public MyAnswers {
        answers = Map.copyOf(answers);
    }
}
