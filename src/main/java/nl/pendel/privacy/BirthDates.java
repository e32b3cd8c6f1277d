package nl.pendel.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth. A date (12-03-1985, 12/03/1985, 12.03.1985, 1985-03-12, 1985/03/12, 12 maart 1985, 12 mrt.
 * 1985) close to a word for birth (geboren, geb., geboortedatum, d.o.b.) is a date of birth, also
 * with a two-digit year. Without such a word, a full date whose year lies between 1900 and twelve
 * years ago is reported as well, since in homework that is almost always someone's birth date,
 * unless a word next to it names another event (overleden, sinds, verhuisd, getrouwd …). Dates of
 * meetings in recent, current or coming years, and years on their own, are not reported.
 */
final class BirthDates {

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";

    private static final String AFTER = "(?![\\p{L}\\d]|[-/.,]\\d)";

    private static final Pattern NUMERIC = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,/-])(?<day>\\d{1,2})(?<sep>[-/.])"
            + "(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})" + AFTER);

    private static final Pattern ISO =
            Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,/-])(?<year>\\d{4})(?<sep>[-/])(?<month>\\d{1,2})\\k<sep>"
                    + "(?<day>\\d{1,2})" + AFTER);

    private static final Pattern WRITTEN = Pattern.compile("(?=\\d)(?<![\\p{L}\\d])(?<day>\\d{1,2})(?:e|ste)?[ \\t]+"
            + "(?<month>(?iu:" + MONTHS + "))(?![\\p{L}])\\.?[ \\t]+(?<year>\\d{4}|'\\d{2})(?![\\p{L}\\d])");

    private static final Pattern BIRTH = Pattern.compile("(?iu)(?<![\\p{L}])(?:geboren|geboorte\\p{L}*|geb\\.|geb"
            + "(?![\\p{L}])|d\\.o\\.b\\.?|dob(?![\\p{L}])|date of birth|born)");

    private static final Pattern OTHER_EVENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:overleden|overleed|overlijden"
            + "|sinds|vanaf|getrouwd|trouwde|gescheiden|scheidde|verhuisd|verhuisde|opgenomen|ontslagen|ontslag"
            + "|in dienst|begonnen|begon|gestart|startte|diploma)(?![\\p{L}])");

    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("[.!?]\\s+(?=\\p{Lu})|\\R");
    private static final Pattern SENTENCE_END_AFTER = Pattern.compile("[.!?](?=\\s|$)|\\R");

    private static final int LOOK_BEFORE = 40;
    private static final int LOOK_AFTER = 25;
    private static final int YOUNGEST_WRITER_AGE = 12;

    private BirthDates() {}

    static void find(String text, int currentYear, Findings out) {
        for (Pattern pattern : new Pattern[] {NUMERIC, ISO, WRITTEN}) {
            out.eachMatchNearDigits(pattern, Findings.Anchor.DIGITS, m -> {
                if (isBirthDate(text, m, currentYear)) {
                    out.add(FindingKind.DATE_OF_BIRTH, m.start(), m.end());
                }
            });
        }
    }

    private static boolean isBirthDate(String text, Matcher m, int currentYear) {
        String yearText = m.group("year").replace("'", "");
        int day = Integer.parseInt(m.group("day"));
        int month = month(m.group("month"));
        boolean twoDigits = yearText.length() == 2;
        int year = Integer.parseInt(yearText);
        if (twoDigits) {
            year += year <= currentYear % 100 ? 2000 : 1900;
        }
        if (!exists(year, month, day) || year < 1900 || year > currentYear) {
            return false;
        }
        String before = before(text, m.start());
        String after = after(text, m.end());
        if (BIRTH.matcher(before).find() || BIRTH.matcher(after).find()) {
            return true;
        }
        return !twoDigits
                && year <= currentYear - YOUNGEST_WRITER_AGE
                && !OTHER_EVENT.matcher(before).find()
                && !OTHER_EVENT.matcher(after).find();
    }

    private static String before(String text, int start) {
        String window = text.substring(Math.max(0, start - LOOK_BEFORE), start);
        Matcher end = SENTENCE_END_BEFORE.matcher(window);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        return window.substring(from);
    }

    private static String after(String text, int end) {
        String window = text.substring(end, Math.min(text.length(), end + LOOK_AFTER));
        Matcher stop = SENTENCE_END_AFTER.matcher(window);
        return stop.find() ? window.substring(0, stop.start()) : window;
    }

    private static int month(String month) {
        if (Character.isDigit(month.charAt(0))) {
            return Integer.parseInt(month);
        }
        return switch (month.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "maa", "mrt" -> 3;
            case "apr" -> 4;
            case "mei" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "okt" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
