package nl.pendel.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.pendel.evaluation.internal.EvaluationStore;
import nl.pendel.programme.Questionnaire;
import nl.pendel.programme.Questionnaire.Kind;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/** Checks an evaluation against its questionnaire: the form's checks, in one place for every client. */
final class EvaluationAnswers {

    private EvaluationAnswers() {}

    /**
     * The answers to store, by question key in the questionnaire's order; blank texts are no
     * answer. Refuses an unknown question, a rating out of range, a text too long or holding a
     * resident's identifier (the privacy guard), and a required question left open.
     */
    static Map<String, EvaluationStore.Answer> check(Questionnaire questionnaire, EvaluationDraft draft) {
        for (String key : draft.ratings().keySet()) {
            if (questionnaire.question(key).filter(q -> q.kind() == Kind.RATING).isEmpty()) {
                throw new UserFacingException("evaluation.error.unknown-question");
            }
        }
        for (String key : draft.texts().keySet()) {
            if (questionnaire.question(key).filter(q -> q.kind() == Kind.TEXT).isEmpty()) {
                throw new UserFacingException("evaluation.error.unknown-question");
            }
        }
        Map<String, EvaluationStore.Answer> answers = new LinkedHashMap<>();
        for (Questionnaire.Question question : questionnaire.questions()) {
            EvaluationStore.Answer answer = question.kind() == Kind.RATING
                    ? rating(draft.ratings().get(question.key()))
                    : text(question, draft.texts().get(question.key()));
            if (answer != null) {
                answers.put(question.key(), answer);
            } else if (question.required()) {
                throw new UserFacingException("evaluation.error.required", question.label());
            }
        }
        return answers;
    }

    private static EvaluationStore.@Nullable Answer rating(@Nullable Integer rating) {
        if (rating == null) {
            return null;
        }
        if (rating < Kind.RATING_MIN || rating > Kind.RATING_MAX) {
            throw new UserFacingException("evaluation.error.rating-range", Kind.RATING_MIN, Kind.RATING_MAX);
        }
        return new EvaluationStore.Answer(rating, "");
    }

    private static EvaluationStore.@Nullable Answer text(Questionnaire.Question question, @Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        if (Texts.blank(stripped)) {
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > question.maxLength()) {
            throw new UserFacingException("evaluation.error.too-long", question.label(), question.maxLength());
        }
        StorableText.check(stripped);
        return new EvaluationStore.Answer(null, stripped);
    }
}
