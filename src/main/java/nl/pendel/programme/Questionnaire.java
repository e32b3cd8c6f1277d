package nl.pendel.programme;

import java.util.List;
import java.util.Optional;

/**
 * One version of a short questionnaire from {@code course-content/questionnaires/}: the look-back
 * after each session, the course evaluation at the end. Content without personal data.
 *
 * @param versionId the stored version, which answers refer to
 */
public record Questionnaire(
        long versionId, String key, int versionNo, String title, String description, List<Question> questions) {

    /** The longest text answer a questionnaire may allow. */
    public static final int TEXT_MAX = 2000;

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /** The question with this key, if this version has it. */
    public Optional<Question> question(String questionKey) {
        return questions.stream().filter(q -> q.key().equals(questionKey)).findFirst();
    }

    /** What a programme uses a questionnaire for, with the field in the programme file that names it. */
    public enum Purpose {
        LOOK_BACK("look-back"),
        COURSE_EVALUATION("course-evaluation");

        private final String field;

        Purpose(String field) {
            this.field = field;
        }

        /** The programme file's field naming the questionnaire's key. */
        public String field() {
            return field;
        }
    }

    /** A short text or a whole number from 1 to 5. */
    public enum Kind {
        TEXT,
        RATING;

        public static final int RATING_MIN = 1;
        public static final int RATING_MAX = 5;
    }

    /**
     * One question.
     *
     * @param maxLength the longest answer in characters (text questions; 0 for ratings)
     */
    public record Question(String key, Kind kind, String label, String help, int maxLength, boolean required) {}
}
