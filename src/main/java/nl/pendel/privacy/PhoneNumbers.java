package nl.pendel.privacy;

import java.util.regex.Pattern;

/**
 * Dutch phone numbers of ten digits: mobile (06) and geographic (010–079), written with hyphens,
 * slashes, spaces, brackets around the area code or 06, or internationally with +31, 0031 and (0).
 * Also 084, 085 and 087, which people use for personal VoIP and fax numbers. Not reported: 088
 * (numbers for organisations by design), 0800 and 0900 (information numbers of organisations),
 * 112 and other short numbers, and anything glued to letters or other digits.
 */
final class PhoneNumbers {

    private static final String SEPARATOR = "(?:[ \\t]?[-–/][ \\t]?|[ \\t])?";
    private static final String AREA_3 = "(?:[1-57]\\d|8[457])";
    private static final String AREA_4 = "[1-57]\\d\\d";
    private static final String SUBSCRIBER_MOBILE = SEPARATOR + "[1-9](?: ?\\d){7}";
    private static final String MOBILE = "6" + SUBSCRIBER_MOBILE;
    private static final String LANDLINE_3 = SEPARATOR + "\\d(?: ?\\d){6}";
    private static final String LANDLINE_4 = SEPARATOR + "\\d(?: ?\\d){5}";
    private static final String INTERNATIONAL = "(?:\\+|00)31[ \\t]?(?:\\(0\\)[ \\t]?)?(?:-[ \\t]?)?";

    private static final Pattern PHONE = Pattern.compile("(?=[0+(])(?<![\\p{L}\\d+])(?:"
            + INTERNATIONAL + "(?:" + MOBILE + "|" + AREA_3 + LANDLINE_3 + "|" + AREA_4 + LANDLINE_4 + ")"
            + "|0" + MOBILE
            + "|\\(06\\)" + SUBSCRIBER_MOBILE
            + "|(?:0" + AREA_3 + "|\\(0" + AREA_3 + "\\))" + LANDLINE_3
            + "|(?:0" + AREA_4 + "|\\(0" + AREA_4 + "\\))" + LANDLINE_4
            + ")(?!\\d)");

    private PhoneNumbers() {}

    static void find(Findings out) {
        out.eachMatchNearDigits(PHONE, Findings.Anchor.NUMBER, m -> out.add(FindingKind.PHONE, m.start(), m.end()));
    }
}
