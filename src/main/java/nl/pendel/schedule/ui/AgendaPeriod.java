package nl.pendel.schedule.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The week or month the trainer's calendar shows, as it stands in the address
 * ({@code ?weergave=maand&datum=2026-11-01}) so it can be bookmarked and the back button works.
 * Weeks start on Monday; a week is held by its Monday, a month by its first day.
 */
record AgendaPeriod(Mode mode, LocalDate start) {

    static final String MODE_PARAMETER = "weergave";
    static final String DATE_PARAMETER = "datum";

    enum Mode {
        WEEK("week"),
        MONTH("maand");

        private final String parameter;

        Mode(String parameter) {
            this.parameter = parameter;
        }

        static Mode of(@Nullable String parameter) {
            return parameter != null && parameter.equals(MONTH.parameter) ? MONTH : WEEK;
        }
    }

    AgendaPeriod {
        start = mode == Mode.WEEK
                ? start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : start.withDayOfMonth(1);
    }

    /** The period in the address, or the week of today when the address holds none. */
    static AgendaPeriod of(QueryParameters parameters, LocalDate today) {
        Map<String, List<String>> values = parameters.getParameters();
        Mode mode = Mode.of(first(values, MODE_PARAMETER));
        LocalDate date = today;
        String text = first(values, DATE_PARAMETER);
        if (text != null) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // a mistyped date in the address shows today
            }
        }
        return new AgendaPeriod(mode, date);
    }

    QueryParameters queryParameters() {
        return QueryParameters.simple(Map.of(MODE_PARAMETER, mode.parameter, DATE_PARAMETER, start.toString()));
    }

    /** The last day of the week or month. */
    LocalDate end() {
        return mode == Mode.WEEK ? start.plusDays(6) : start.with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The days on screen: the week, or the month's whole weeks from Monday to Sunday. */
    List<LocalDate> days() {
        LocalDate first = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = end().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    AgendaPeriod previous() {
        return new AgendaPeriod(mode, mode == Mode.WEEK ? start.minusWeeks(1) : start.minusMonths(1));
    }

    AgendaPeriod next() {
        return new AgendaPeriod(mode, mode == Mode.WEEK ? start.plusWeeks(1) : start.plusMonths(1));
    }

    /**
     * The same time in the other mode: around today when today is on screen, otherwise the month
     * of the week's Thursday or the month's first week with a Thursday (as ISO weeks count).
     */
    AgendaPeriod in(Mode other, LocalDate today) {
        if (contains(today)) {
            return new AgendaPeriod(other, today);
        }
        return new AgendaPeriod(
                other,
                mode == Mode.WEEK ? start.plusDays(3) : start.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY)));
    }

    int weekNumber() {
        return start.get(WeekFields.ISO.weekOfWeekBasedYear());
    }

    /** "23–29 november 2026", "30 november – 6 december 2026" or "november 2026". */
    String title(Locale locale) {
        if (mode == Mode.MONTH) {
            return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(start);
        }
        LocalDate end = end();
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + full.format(end);
        }
        String pattern = start.getYear() == end.getYear() ? "d MMMM" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, locale).format(start) + " – " + full.format(end);
    }

    private static @Nullable String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }
}
