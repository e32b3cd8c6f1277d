package nl.pendel.lookback;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.pendel.lookback.internal.LookBackStore;
import nl.pendel.programme.Questionnaire;
import nl.pendel.programme.Questionnaire.Kind;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/** Checks a look-back against its questionnaire: the form's checks, in one place for every client. */
final class LookBackAnswers {

    private LookBackAnswers() {}

    /**
     * The answers to store, by question key in the questionnaire's order; blank texts are no
     * answer. Refuses an unknown question, a rating out of range, a text too long or holding a
     * resident's identifier (the privacy guard), and a required question left open.
     */
    static Map<String, LookBackStore.Answer> check(Questionnaire questionnaire, LookBackDraft draft) {
        for (String key : draft.ratings().keySet()) {
            if (questionnaire.question(key).filter(q -> q.kind() == Kind.RATING).isEmpty()) {
                throw new UserFacingException("lookback.error.unknown-question");
            }
        }
        for (String key : draft.texts().keySet()) {
            if (questionnaire.question(key).filter(q -> q.kind() == Kind.TEXT).isEmpty()) {
                throw new UserFacingException("lookback.error.unknown-question");
            }
        }
        Map<String, LookBackStore.Answer> answers = new LinkedHashMap<>();
        for (Questionnaire.Question question : questionnaire.questions()) {
            LookBackStore.Answer answer = question.kind() == Kind.RATING
                    ? rating(draft.ratings().get(question.key()))
                    : text(question, draft.texts().get(question.key()));
            if (answer != null) {
                answers.put(question.key(), answer);
            } else if (question.required()) {
                throw new UserFacingException("lookback.error.required", question.label());
            }
        }
        return answers;
    }

    /** The session's score: the answer to the first rating question, if given. */
    static @Nullable Integer score(Questionnaire questionnaire, Map<String, LookBackStore.Answer> answers) {
        return questionnaire.questions().stream()
                .filter(q -> q.kind() == Kind.RATING)
                .findFirst()
                .map(q -> answers.get(q.key()))
                .map(LookBackStore.Answer::rating)
                .orElse(null);
    }

    private static LookBackStore.@Nullable Answer rating(@Nullable Integer rating) {
        if (rating == null) {
            return null;
        }
        if (rating < Kind.RATING_MIN || rating > Kind.RATING_MAX) {
            throw new UserFacingException("lookback.error.rating-range", Kind.RATING_MIN, Kind.RATING_MAX);
        }
        return new LookBackStore.Answer(rating, "");
    }

    private static LookBackStore.@Nullable Answer text(Questionnaire.Question question, @Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        if (nl.pendel.shared.Texts.blank(stripped)) {
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > question.maxLength()) {
            throw new UserFacingException("lookback.error.too-long", question.label(), question.maxLength());
        }
        StorableText.check(stripped);
        return new LookBackStore.Answer(null, stripped);
    }
}
