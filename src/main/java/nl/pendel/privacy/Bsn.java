package nl.pendel.privacy;

import java.util.regex.Pattern;

/**
 * Burgerservicenummers: nine digits, plain or grouped as 123.456.782, 123 456 782 or
 * 1234 56 782, not part of a longer number, passing the eleven-proof. Amounts in euros are skipped.
 */
final class Bsn {

    private static final Pattern PLAIN = Pattern.compile("\\d(?<![\\p{L}\\d]\\d)\\d{8}(?![\\p{L}\\d])");

    private static final Pattern GROUPED = Pattern.compile("(?=\\d)(?<![\\p{L}\\d])(?<!\\d[ .-])"
            + "(?:\\d{3}([ .-])\\d{3}\\1\\d{3}|\\d{4}([ .-])\\d{2}\\2\\d{3}|\\d{2}([ .-])\\d{2}\\3\\d{2}\\3\\d{3})"
            + "(?![\\p{L}\\d])(?![ .-]\\d)");

    private static final Pattern MONEY_BEFORE = Pattern.compile("(?:€|EUR|eur)\\s*$");
    private static final Pattern MONEY_AFTER = Pattern.compile("^(?:,\\d|,-|\\s*(?:euro|EUR|eur)\\b)");

    private Bsn() {}

    static void find(String text, Findings out) {
        for (Pattern pattern : new Pattern[] {PLAIN, GROUPED}) {
            out.eachMatchNearDigits(pattern, Findings.Anchor.DIGITS, m -> {
                String digits = m.group().replaceAll("\\D", "");
                if (elevenProof(digits) && !money(text, m.start(), m.end())) {
                    out.add(FindingKind.BSN, m.start(), m.end());
                }
            });
        }
    }

    /** 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11, and the number is not all zeros. */
    static boolean elevenProof(String digits) {
        if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static boolean money(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 5), start);
        String after = text.substring(end, Math.min(text.length(), end + 6));
        return MONEY_BEFORE.matcher(before).find() || MONEY_AFTER.matcher(after).find();
    }
}
