package nl.pendel.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects candidate findings from all detectors of one scan and resolves overlaps. Also knows
 * where the digits are, so the detectors that need digits only search near them.
 */
final class Findings {

    /** How far from a digit a finding that contains digits may reach (a street name, an IBAN's letters). */
    private static final int REACH = 48;

    private static final Comparator<PrivacyFinding> PRIORITY = Comparator.comparing(
                    (PrivacyFinding f) -> !f.kind().blocks())
            .thenComparing(f -> f.start() - f.end())
            .thenComparingInt(PrivacyFinding::start)
            .thenComparing(PrivacyFinding::kind);

    private final String text;
    private final List<PrivacyFinding> candidates = new ArrayList<>();
    private final List<int[]> quiet = new ArrayList<>();
    private final List<int[]> nearDigits;

    Findings(String text) {
        this.text = text;
        this.nearDigits = nearDigits(text);
    }

    /**
     * Tries a pattern that only matches text containing a digit at each position near a digit where
     * the anchor says such a match can start; cheaper than letting the regex engine try every position.
     */
    void eachMatchNearDigits(Pattern pattern, Anchor anchor, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] zone : nearDigits) {
            for (int i = zone[0]; i < zone[1]; i++) {
                if (anchor.canStartAt(text, i) && m.region(i, text.length()).lookingAt()) {
                    action.accept(m);
                }
            }
        }
    }

    /** Where a match of a pattern can start. */
    @FunctionalInterface
    interface Anchor {

        /** A run of digits starts here. */
        Anchor DIGITS = (text, i) -> isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)));

        /** A run of digits, a plus sign or an opening bracket starts here. */
        Anchor NUMBER = (text, i) -> text.charAt(i) == '+' || text.charAt(i) == '(' || DIGITS.canStartAt(text, i);

        /** A word starts here with a capital. */
        Anchor CAPITAL = (text, i) ->
                Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)));

        /** Two ASCII letters and a digit start here. */
        Anchor LETTERS_DIGIT = (text, i) -> i + 2 < text.length()
                && isAsciiLetter(text.charAt(i))
                && isAsciiLetter(text.charAt(i + 1))
                && isDigit(text.charAt(i + 2));

        boolean canStartAt(String text, int i);

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }

    void add(FindingKind kind, int start, int end) {
        candidates.add(new PrivacyFinding(kind, start, end, text.substring(start, end)));
    }

    /**
     * Marks a span in which only IBANs count: the digits of a bank account number with a wrong
     * checksum are not a phone number or BSN either.
     */
    void quiet(int start, int end) {
        quiet.add(new int[] {start, end});
    }

    /** One finding per span: blocking before warning, then the longest, then the first. */
    List<PrivacyFinding> resolve() {
        List<PrivacyFinding> sorted = new ArrayList<>(candidates);
        sorted.sort(PRIORITY);
        // accepted findings never overlap, so only the last one starting before a candidate's end can overlap it
        TreeMap<Integer, PrivacyFinding> accepted = new TreeMap<>();
        for (PrivacyFinding candidate : sorted) {
            boolean silenced = candidate.kind() != FindingKind.IBAN
                    && quiet.stream().anyMatch(q -> overlaps(q[0], q[1], candidate.start(), candidate.end()));
            Map.Entry<Integer, PrivacyFinding> before = accepted.floorEntry(candidate.end() - 1);
            boolean taken = before != null && before.getValue().end() > candidate.start();
            if (!silenced && !taken) {
                accepted.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(accepted.values());
    }

    /** Disjoint stretches of the text within {@link #REACH} characters of a digit, in order. */
    private static List<int[]> nearDigits(String text) {
        List<int[]> zones = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int from = Math.max(0, i - REACH);
                int to = Math.min(text.length(), i + 1 + REACH);
                int[] last = zones.isEmpty() ? null : zones.getLast();
                if (last != null && from <= last[1]) {
                    last[1] = to;
                } else {
                    zones.add(new int[] {from, to});
                }
            }
        }
        return zones;
    }

    private static boolean overlaps(int start1, int end1, int start2, int end2) {
        return start1 < end2 && start2 < end1;
    }
}
