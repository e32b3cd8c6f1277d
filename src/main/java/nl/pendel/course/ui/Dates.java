package nl.pendel.course.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as Dutch (or English) readers expect them. */
final class Dates {

    private Dates() {}

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    static String period(LocalDate from, LocalDate to, Locale locale) {
        return date(from, locale) + " – " + date(to, locale);
    }
}
