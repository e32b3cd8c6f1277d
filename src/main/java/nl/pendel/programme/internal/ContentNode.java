package nl.pendel.programme.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pendel.programme.ContentProblem;
import org.jspecify.annotations.Nullable;

/**
 * A mapping in a course-content file, read field by field. Every read that fails records a
 * {@link ContentProblem} naming the file and the field, and returns a placeholder so that one
 * pass finds all mistakes.
 */
final class ContentNode {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final String file;
    private final String path;
    private final Map<?, ?> map;
    private final List<ContentProblem> problems;

    ContentNode(String file, String path, Map<?, ?> map, List<ContentProblem> problems) {
        this.file = file;
        this.path = path;
        this.map = map;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void problem(String field, String key, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        problems.add(new ContentProblem(file, field, key, texts));
    }

    /** Reports every field not in the list, to catch typing mistakes. */
    void allowOnly(Set<String> names) {
        for (Object name : map.keySet()) {
            if (!names.contains(String.valueOf(name))) {
                problem(field(String.valueOf(name)), "content.error.unknown-field");
            }
        }
    }

    String text(String name, int max, boolean required) {
        Object value = map.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                problem(field(name), "content.error.required");
            }
            return "";
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            problem(field(name), "content.error.not-text");
            return "";
        }
        String text = String.valueOf(value).strip();
        if (max > 0 && text.codePointCount(0, text.length()) > max) {
            problem(field(name), "content.error.too-long", max);
        }
        return text;
    }

    String key(String name) {
        return key(name, true);
    }

    /** A key that may be left out; empty when it is. */
    String optionalKey(String name) {
        return key(name, false);
    }

    private String key(String name, boolean required) {
        String key = text(name, 80, required);
        if (!key.isEmpty() && !KEY.matcher(key).matches()) {
            problem(field(name), "content.error.invalid-key");
        }
        return key;
    }

    int integer(String name, int min, int max) {
        Object value = map.get(name);
        if (value == null) {
            problem(field(name), "content.error.required");
            return min;
        }
        if (!(value instanceof Integer number)) {
            problem(field(name), "content.error.not-number");
            return min;
        }
        if (number < min || number > max) {
            problem(field(name), "content.error.out-of-range", min, max);
        }
        return number;
    }

    /** A whole number that may be left out: null when it is. */
    @Nullable
    Integer optionalInteger(String name, int min, int max) {
        return map.get(name) == null ? null : integer(name, min, max);
    }

    /**
     * A list whose entries are texts or mappings, each with its path: a text as a {@link String}
     * (stripped), a mapping as a {@link ContentNode}; anything else is reported and left out.
     */
    List<Object> textsOrChildren(String name, int max, int min) {
        List<?> items = list(name, min);
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field(name) + "[" + (i + 1) + "]";
            Object item = items.get(i);
            if (item instanceof Map<?, ?> child) {
                entries.add(new ContentNode(file, itemPath, child, problems));
            } else if (item instanceof String s && !s.isBlank()) {
                String text = s.strip();
                if (text.codePointCount(0, text.length()) > max) {
                    problem(itemPath, "content.error.too-long", max);
                }
                entries.add(text);
            } else {
                problem(itemPath, "content.error.not-text");
            }
        }
        return entries;
    }

    boolean bool(String name, boolean fallback) {
        Object value = map.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problem(field(name), "content.error.not-boolean");
        return fallback;
    }

    LocalTime time(String name) {
        Object value = map.get(name);
        if (value == null) {
            problem(field(name), "content.error.required");
            return LocalTime.MIDNIGHT;
        }
        if (!(value instanceof String s) || !s.matches("\\d{2}:\\d{2}")) {
            // an unquoted 08:30 is read by YAML as a number, so ask for quotes
            problem(field(name), "content.error.time-format");
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            problem(field(name), "content.error.time-format");
            return LocalTime.MIDNIGHT;
        }
    }

    ContentNode child(String name) {
        Object value = map.get(name);
        if (value instanceof Map<?, ?> child) {
            return new ContentNode(file, field(name), child, problems);
        }
        problem(field(name), value == null ? "content.error.required" : "content.error.not-mapping");
        return new ContentNode(file, field(name), Map.of(), problems);
    }

    /** A list of mappings; {@code min} is the least number of entries. */
    List<ContentNode> children(String name, int min) {
        List<?> items = list(name, min);
        List<ContentNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field(name) + "[" + (i + 1) + "]";
            if (items.get(i) instanceof Map<?, ?> child) {
                nodes.add(new ContentNode(file, itemPath, child, problems));
            } else {
                problem(itemPath, "content.error.not-mapping");
            }
        }
        return nodes;
    }

    /** A list of texts. */
    List<String> texts(String name, int max, int min) {
        List<?> items = list(name, min);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field(name) + "[" + (i + 1) + "]";
            Object item = items.get(i);
            if (item instanceof String s && !s.isBlank()) {
                String text = s.strip();
                if (text.codePointCount(0, text.length()) > max) {
                    problem(itemPath, "content.error.too-long", max);
                }
                texts.add(text);
            } else {
                problem(itemPath, "content.error.not-text");
            }
        }
        return texts;
    }

    private List<?> list(String name, int min) {
        Object value = map.get(name);
        if (value == null) {
            if (min > 0) {
                problem(field(name), "content.error.required");
            }
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problem(field(name), "content.error.not-list");
            return List.of();
        }
        if (items.size() < min) {
            problem(field(name), "content.error.too-few", min);
        }
        return items;
    }
}
