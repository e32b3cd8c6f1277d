package nl.pendel.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The Dutch public holidays of a year, by translation key of their name. */
public final class DutchHolidays {

    private DutchHolidays() {}

    /** The holiday on this date, as the translation key of its name. */
    public static Optional<String> on(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, Month.JANUARY, 1), "holiday.new-year");
        days.put(easter.minusDays(2), "holiday.good-friday");
        days.put(easter, "holiday.easter");
        days.put(easter.plusDays(1), "holiday.easter-monday");
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        days.put(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay, "holiday.kings-day");
        days.put(LocalDate.of(year, Month.MAY, 5), "holiday.liberation-day");
        days.put(easter.plusDays(39), "holiday.ascension");
        days.put(easter.plusDays(49), "holiday.pentecost");
        days.put(easter.plusDays(50), "holiday.pentecost-monday");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "holiday.christmas");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "holiday.boxing-day");
        return days;
    }

    /** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
