package nl.pendel.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchHolidaysTest {

    @Test
    void easter_and_the_holidays_that_follow_it_are_found() {
        assertThat(DutchHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DutchHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DutchHolidays.on(LocalDate.of(2027, 3, 29))).contains("holiday.easter-monday");
        assertThat(DutchHolidays.on(LocalDate.of(2027, 5, 6))).contains("holiday.ascension");
        assertThat(DutchHolidays.on(LocalDate.of(2027, 5, 17))).contains("holiday.pentecost-monday");
    }

    @Test
    void kings_day_moves_to_saturday_when_it_falls_on_a_sunday() {
        assertThat(DutchHolidays.on(LocalDate.of(2025, 4, 26))).contains("holiday.kings-day");
        assertThat(DutchHolidays.on(LocalDate.of(2025, 4, 27))).isEmpty();
        assertThat(DutchHolidays.on(LocalDate.of(2027, 4, 27))).contains("holiday.kings-day");
    }

    @Test
    void an_ordinary_tuesday_is_no_holiday() {
        assertThat(DutchHolidays.on(LocalDate.of(2027, 1, 26))).isEmpty();
    }
}
