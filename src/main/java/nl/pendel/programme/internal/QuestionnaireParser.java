package nl.pendel.programme.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.pendel.programme.ContentProblem;
import nl.pendel.programme.Questionnaire;
import nl.pendel.programme.Questionnaire.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks {@code questionnaires/*.yaml} (see {@code course-content/README.md}), and which
 * questionnaires a programme file names. Kept apart from {@link ContentParser} so each kind of
 * content changes on its own.
 */
final class QuestionnaireParser {

    private static final int MAX_QUESTIONS = 12;

    private QuestionnaireParser() {}

    /** A parsed questionnaire file. Questions as in {@link Questionnaire.Question}. */
    record Parsed(String file, String key, String title, String description, List<Questionnaire.Question> questions) {}

    /** The links whose questionnaire was loaded; each other one is a problem of the programme file. */
    static Map<Questionnaire.Purpose, String> known(
            String file, Map<Questionnaire.Purpose, String> named, Set<String> loaded, List<ContentProblem> problems) {
        Map<Questionnaire.Purpose, String> links = new EnumMap<>(Questionnaire.Purpose.class);
        named.forEach((purpose, key) -> {
            if (loaded.contains(key)) {
                links.put(purpose, key);
            } else {
                problems.add(
                        new ContentProblem(file, purpose.field(), "content.error.unknown-reference", List.of(key)));
            }
        });
        return links;
    }

    /** The parsed questionnaire, or null when the file has problems (added to {@code problems}). */
    static @Nullable Parsed questionnaire(String file, String yaml, List<ContentProblem> problems) {
        List<ContentProblem> found = new ArrayList<>();
        ContentNode root = ContentParser.root(file, yaml, found);
        if (root == null) {
            problems.addAll(found);
            return null;
        }
        root.allowOnly(Set.of("key", "title", "description", "questions"));
        String key = root.key("key");
        String title = root.text("title", 200, true);
        String description = root.text("description", 1000, false);
        List<ContentNode> nodes = root.children("questions", 1);
        if (nodes.size() > MAX_QUESTIONS) {
            root.problem(root.field("questions"), "content.error.too-many", MAX_QUESTIONS);
        }
        List<Questionnaire.Question> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ContentNode node : nodes) {
            questions.add(question(node, keys));
        }
        problems.addAll(found);
        return found.isEmpty() ? new Parsed(file, key, title, description, List.copyOf(questions)) : null;
    }

    private static Questionnaire.Question question(ContentNode node, Set<String> keys) {
        Kind kind = kind(node);
        node.allowOnly(
                kind == Kind.TEXT
                        ? Set.of("key", "kind", "label", "help", "max-length", "required")
                        : Set.of("key", "kind", "label", "help", "required"));
        String questionKey = node.key("key");
        if (!questionKey.isEmpty() && !keys.add(questionKey)) {
            node.problem(node.field("key"), "content.error.duplicate", questionKey);
        }
        return new Questionnaire.Question(
                questionKey,
                kind,
                node.text("label", 200, true),
                node.text("help", 500, false),
                kind == Kind.TEXT ? node.integer("max-length", 1, Questionnaire.TEXT_MAX) : 0,
                node.bool("required", false));
    }

    private static Kind kind(ContentNode node) {
        String text = node.text("kind", 20, true).toUpperCase(Locale.ROOT);
        try {
            return Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            if (!text.isEmpty()) {
                node.problem(node.field("kind"), "content.error.question-kind");
            }
            return Kind.TEXT;
        }
    }

    /**
     * The questionnaire keys a programme file names ({@code look-back}, {@code course-evaluation}),
     * by purpose; a key that is not a key is a problem of the file and left out.
     */
    static Map<Questionnaire.Purpose, String> links(String file, String yaml, List<ContentProblem> problems) {
        Map<Questionnaire.Purpose, String> links = new EnumMap<>(Questionnaire.Purpose.class);
        List<ContentProblem> found = new ArrayList<>();
        ContentNode root = ContentParser.root(file, yaml, found);
        if (root == null) {
            return links; // the programme's own parse reports what is wrong with the file as a whole
        }
        found.clear();
        for (Questionnaire.Purpose purpose : Questionnaire.Purpose.values()) {
            String key = root.optionalKey(purpose.field());
            if (!key.isEmpty() && found.isEmpty()) {
                links.put(purpose, key);
            }
            problems.addAll(found);
            found.clear();
        }
        return links;
    }
}
