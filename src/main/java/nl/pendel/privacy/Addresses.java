package nl.pendel.privacy;

import java.util.regex.Pattern;

/**
 * Addresses: a Dutch postcode (9712 AB, 9712AB), with a house number when one follows, and a
 * capitalised street name ending in a common street suffix followed by a house number (Korreweg
 * 12, Oosterstraat 14-2, Vinkenstraat 3b). A street without a number, or "groep 3" and "week 12",
 * is not an address.
 */
final class Addresses {

    private static final String HOUSE_NUMBER =
            "\\d{1,4}(?:-?[a-zA-Z](?![\\p{L}])|-\\d{1,4}[a-zA-Z]?|-[A-Z]{1,3}(?![\\p{L}]))?(?![\\p{L}\\d])(?![.,:]\\d)";

    /** Postcodes never use the letter pairs SA, SD and SS. */
    private static final Pattern POSTCODE = Pattern.compile("(?=[1-9])(?<![\\p{L}\\d])[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
            + "(?![\\p{L}\\d])(?: (?<number>" + HOUSE_NUMBER + "))?");

    private static final String SUFFIXES = "straat|straatje|weg|laan|plein|pleintje|kade|singel|dijk|pad|hof|steeg"
            + "|gracht|dreef|park|markt|diep|plantsoen|wal|burgwal|hoven|haven|zijde";

    /** A whole capitalised word of at least three letters, ending in a street suffix, a space, a number. */
    private static final Pattern STREET = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\d'’-])\\p{Lu}[\\p{L}'’-]{2,}+"
            + "(?<=\\p{L}{3}(?:" + SUFFIXES + ")) (?<number>" + HOUSE_NUMBER + ")");

    private Addresses() {}

    static void find(Findings out) {
        out.eachMatchNearDigits(
                POSTCODE, Findings.Anchor.DIGITS, m -> out.add(FindingKind.POSTCODE_HOUSE_NUMBER, m.start(), m.end()));
        out.eachMatchNearDigits(STREET, Findings.Anchor.CAPITAL, m -> {
            String number = m.group("number").replaceAll("\\D.*", "");
            if (!(number.length() == 4 && (number.startsWith("19") || number.startsWith("20")))) {
                out.add(FindingKind.POSTCODE_HOUSE_NUMBER, m.start(), m.end());
            }
        });
    }
}
