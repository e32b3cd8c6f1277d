package nl.pendel.lookback;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The look-back on one session as its trainers read it: how many answered, the average score, and
 * the texts per question, with a name only where the participant signed. For the lead of the team
 * the texts are left out ({@code textsShown} false) and the average is shown from
 * {@link LookBackResultsService#MIN_FOR_AVERAGE} answers.
 */
public record SessionLookBack(
        long sessionId,
        int meetingPosition,
        String meetingTitle,
        int subgroupNumber,
        LocalDate date,
        int answers,
        @Nullable Double average,
        boolean textsShown,
        List<QuestionTexts> texts) {

    public SessionLookBack {
        texts = List.copyOf(texts);
    }

    /** The answers to one text question. */
    public record QuestionTexts(String questionKey, String label, List<Answer> answers) {

        public QuestionTexts {
            answers = List.copyOf(answers);
        }
    }

    /** One answer; {@code name} only when its writer signed. */
    public record Answer(String text, @Nullable String name) {}
}
