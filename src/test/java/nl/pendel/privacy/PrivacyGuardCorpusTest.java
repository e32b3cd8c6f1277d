package nl.pendel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the privacy guard over the annotated corpus in {@code privacy/corpus.txt} and measures
 * precision and recall per kind. A finding is a true positive when its kind and span are exactly
 * those of an annotation. The figures go to stdout and to {@code target/privacy-guard-report.txt}.
 */
class PrivacyGuardCorpusTest {

    private static final Pattern ANNOTATION = Pattern.compile("([A-Z_]+)\\[(.+)]");
    private static final String HELD_OUT = "# --- held-out";

    /** The corpus is written for 2026: full dates up to 2014 may be birth dates. */
    private final PrivacyGuard guard =
            new PrivacyGuard(Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    @Test
    void the_guard_finds_what_the_corpus_expects_with_high_precision_and_recall() throws IOException {
        List<Sentence> corpus = corpus();
        Score all = score(corpus);
        Score heldOut = score(corpus.stream().filter(Sentence::heldOut).toList());
        String report = report("Whole corpus", corpus, all)
                + System.lineSeparator()
                + report(
                        "Held-out part (written after the detector's first run)",
                        corpus.stream().filter(Sentence::heldOut).toList(),
                        heldOut)
                + System.lineSeparator()
                + mistakes(all);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "privacy-guard-report.txt"), report, StandardCharsets.UTF_8);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.of(FindingKind.BSN).precision()).as("BSN precision").isEqualTo(1.0);
        assertThat(all.of(FindingKind.BSN).recall()).as("BSN recall").isEqualTo(1.0);
        assertThat(all.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
        assertThat(all.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(0.95);
    }

    /** What every store refuses is exactly what blocks handing in, on every sentence of the corpus. */
    @Test
    void the_identifiers_never_stored_are_the_blocking_findings_of_a_whole_scan() throws IOException {
        List<Sentence> corpus = corpus();
        for (Sentence sentence : corpus) {
            assertThat(PrivacyGuard.neverStored(sentence.text()))
                    .as(sentence.text())
                    .isEqualTo(guard.scan(sentence.text()).blocking());
        }
        assertThat(corpus.stream()
                        .filter(s -> !PrivacyGuard.neverStored(s.text()).isEmpty()))
                .hasSizeGreaterThanOrEqualTo(10);
    }

    private Score score(List<Sentence> sentences) {
        Score score = new Score();
        for (Sentence sentence : sentences) {
            Set<Span> found = new HashSet<>();
            for (PrivacyFinding f : guard.scan(sentence.text()).findings()) {
                found.add(new Span(f.kind(), f.start(), f.end()));
            }
            for (Span span : found) {
                if (sentence.expected().contains(span)) {
                    score.of(span.kind()).truePositives++;
                } else {
                    score.of(span.kind()).falsePositives++;
                    score.mistakes.add("unexpected " + span.describe(sentence.text()) + "  in: " + sentence.text());
                }
            }
            for (Span span : sentence.expected()) {
                if (!found.contains(span)) {
                    score.of(span.kind()).falseNegatives++;
                    score.mistakes.add("missed     " + span.describe(sentence.text()) + "  in: " + sentence.text());
                }
            }
        }
        return score;
    }

    private static String report(String title, List<Sentence> sentences, Score score) {
        long negatives = sentences.stream().filter(s -> s.expected().isEmpty()).count();
        Count overall = score.overall();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%s: %d sentences (%d without personal data), %d annotated findings%n",
                title,
                sentences.size(),
                negatives,
                overall.truePositives + overall.falseNegatives));
        out.append(String.format(
                Locale.ROOT,
                "%-22s %9s %4s %4s %4s %10s %7s%n",
                "kind",
                "expected",
                "TP",
                "FP",
                "FN",
                "precision",
                "recall"));
        score.counts.forEach((kind, count) -> out.append(count.line(kind.name())));
        out.append(overall.line("OVERALL"));
        return out.toString();
    }

    private static String mistakes(Score score) {
        if (score.mistakes.isEmpty()) {
            return "No mistakes." + System.lineSeparator();
        }
        StringBuilder out = new StringBuilder("Mistakes:").append(System.lineSeparator());
        score.mistakes.forEach(m -> out.append("  ").append(m).append(System.lineSeparator()));
        return out.toString();
    }

    private static List<Sentence> corpus() throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        try (InputStream in = PrivacyGuardCorpusTest.class.getResourceAsStream("/privacy/corpus.txt")) {
            assertThat(in).as("privacy/corpus.txt").isNotNull();
            boolean heldOut = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.startsWith(HELD_OUT)) {
                    heldOut = true;
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(parse(line, heldOut));
                }
            }
        }
        return sentences;
    }

    private static Sentence parse(String line, boolean heldOut) {
        int arrow = line.lastIndexOf(" => ");
        if (arrow < 0) {
            return new Sentence(line, Set.of(), heldOut);
        }
        String text = line.substring(0, arrow);
        Set<Span> expected = new HashSet<>();
        Map<String, Integer> searchFrom = new HashMap<>();
        for (String annotation : line.substring(arrow + 4).split("; ")) {
            Matcher m = ANNOTATION.matcher(annotation.strip());
            assertThat(m.matches())
                    .as("annotation '%s' in: %s", annotation, line)
                    .isTrue();
            String excerpt = m.group(2);
            int start = text.indexOf(excerpt, searchFrom.getOrDefault(excerpt, 0));
            assertThat(start).as("'%s' occurs in: %s", excerpt, text).isNotNegative();
            searchFrom.put(excerpt, start + excerpt.length());
            expected.add(new Span(FindingKind.valueOf(m.group(1)), start, start + excerpt.length()));
        }
        return new Sentence(text, expected, heldOut);
    }

    /** The sentences after this comment line were written after the detector, and scored once unchanged. */
    private record Sentence(String text, Set<Span> expected, boolean heldOut) {}

    private record Span(FindingKind kind, int start, int end) {

        String describe(String text) {
            return kind + "[" + text.substring(start, end) + "]";
        }
    }

    private static final class Score {

        final Map<FindingKind, Count> counts = new EnumMap<>(FindingKind.class);
        final List<String> mistakes = new ArrayList<>();

        Score() {
            for (FindingKind kind : FindingKind.values()) {
                counts.put(kind, new Count());
            }
        }

        Count of(FindingKind kind) {
            return counts.get(kind);
        }

        Count overall() {
            Count overall = new Count();
            counts.values().forEach(overall::add);
            return overall;
        }
    }

    private static final class Count {

        int truePositives;
        int falsePositives;
        int falseNegatives;

        void add(Count other) {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
        }

        double precision() {
            int reported = truePositives + falsePositives;
            return reported == 0 ? 1.0 : (double) truePositives / reported;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-22s %9d %4d %4d %4d %10.3f %7.3f%n",
                    name,
                    truePositives + falseNegatives,
                    truePositives,
                    falsePositives,
                    falseNegatives,
                    precision(),
                    recall());
        }
    }
}
