package nl.pendel.homework;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Adds up caseload themes of several homeworks into the lines of a needs board. */
final class NeedLines {

    private NeedLines() {}

    /** Participants and cases per theme, most frequent first; own themes by their tidied name. */
    static List<NeedLine> of(Map<Long, List<ThemeAnswer>> answers, Map<String, String> labels) {
        record Key(String label, boolean own) {}
        Map<Key, int[]> totals = new LinkedHashMap<>();
        for (List<ThemeAnswer> list : answers.values()) {
            for (ThemeAnswer answer : list) {
                Key key = answer.themeKey() != null
                        ? new Key(labels.getOrDefault(answer.themeKey(), answer.themeKey()), false)
                        : new Key(normalise(answer.ownLabel()), true);
                int[] total = totals.computeIfAbsent(key, k -> new int[2]);
                total[0]++;
                total[1] += answer.cases();
            }
        }
        return totals.entrySet().stream()
                .map(e -> new NeedLine(e.getKey().label(), e.getKey().own(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(NeedLine::participants)
                        .thenComparingInt(NeedLine::cases)
                        .reversed()
                        .thenComparing(NeedLine::label))
                .toList();
    }

    private static String normalise(@Nullable String label) {
        String text = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
