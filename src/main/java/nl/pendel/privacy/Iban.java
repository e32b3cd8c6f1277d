package nl.pendel.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bank account numbers: country code, two check digits and the BBAN, with or without spaces, as
 * long as the country's IBAN length says, with a valid ISO 7064 mod-97 checksum. An IBAN-shaped
 * number with a wrong checksum is not reported, but its digits are not reported as something else.
 */
final class Iban {

    /** IBAN length per country: the EU and EEA, plus countries many residents have ties with. */
    private static final String LENGTH_TABLE = "AD24 AT20 BE16 BG22 CH21 CY28 CZ24 DE22 DK18 EE20 ES24 FI18 FR27 GB22 "
            + "GR27 HR21 HU28 IE22 IS26 IT27 LI21 LT20 LU20 LV21 MA28 MC27 MT31 NL18 NO15 PL28 PT25 RO24 SE24 SI19 "
            + "SK24 TR26 UA29";

    private static final Map<String, Integer> LENGTHS = Arrays.stream(LENGTH_TABLE.split(" "))
            .collect(Collectors.toUnmodifiableMap(e -> e.substring(0, 2), e -> Integer.parseInt(e.substring(2))));

    private static final Pattern START =
            Pattern.compile("(?=[A-Za-z]{2}\\d)(?<![\\p{L}\\d])[A-Za-z]{2}\\d{2}(?= ?[A-Za-z0-9])");

    private Iban() {}

    static void find(String text, Findings out) {
        out.eachMatchNearDigits(START, Findings.Anchor.LETTERS_DIGIT, m -> {
            Integer length = LENGTHS.get(m.group().substring(0, 2).toUpperCase(Locale.ROOT));
            int end = length == null ? -1 : end(text, m.start(), length);
            if (end < 0) {
                return;
            }
            String compact = text.substring(m.start(), end).replace(" ", "").toUpperCase(Locale.ROOT);
            if (valid(compact)) {
                out.add(FindingKind.IBAN, m.start(), end);
            } else {
                out.quiet(m.start(), end);
            }
        });
    }

    /** Where an IBAN of the given length starting here ends, or -1 when the text does not fit. */
    private static int end(String text, int start, int length) {
        int count = 0;
        int i = start;
        while (count < length && i < text.length()) {
            char c = text.charAt(i);
            if (isAlnum(c)) {
                count++;
                i++;
            } else if (c == ' ' && count > 0 && i + 1 < text.length() && isAlnum(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (count < length || (i < text.length() && isAlnum(text.charAt(i)))) {
            return -1;
        }
        return i;
    }

    /** ISO 7064 mod 97-10: move the first four characters to the end, letters become 10..35. */
    static boolean valid(String iban) {
        Integer length = iban.length() >= 2 ? LENGTHS.get(iban.substring(0, 2)) : null;
        if (length == null
                || iban.length() != length
                || !iban.substring(2, 4).chars().allMatch(Character::isDigit)) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return false;
            }
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

    private static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
