package nl.pendel.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.pendel.schedule.ui.AgendaPeriod.Mode;
import org.junit.jupiter.api.Test;

class AgendaPeriodTest {

    static final Locale DUTCH = Locale.of("nl");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void a_week_starts_on_monday_and_a_month_on_its_first_day() {
        assertThat(new AgendaPeriod(Mode.WEEK, TODAY).start()).isEqualTo("2026-11-23");
        assertThat(new AgendaPeriod(Mode.WEEK, TODAY).end()).isEqualTo("2026-11-29");
        assertThat(new AgendaPeriod(Mode.MONTH, TODAY).start()).isEqualTo("2026-11-01");
        assertThat(new AgendaPeriod(Mode.MONTH, TODAY).end()).isEqualTo("2026-11-30");
    }

    @Test
    void a_month_shows_whole_weeks_from_monday_to_sunday() {
        var november = new AgendaPeriod(Mode.MONTH, TODAY);
        assertThat(november.days()).hasSize(42);
        assertThat(november.days().getFirst()).isEqualTo("2026-10-26");
        assertThat(november.days().getLast()).isEqualTo("2026-12-06");
        assertThat(november.contains(LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(new AgendaPeriod(Mode.MONTH, LocalDate.of(2027, 2, 10)).days())
                .hasSize(28);
    }

    @Test
    void headings_name_the_week_number_and_days_or_the_month_in_the_language() {
        assertThat(new AgendaPeriod(Mode.WEEK, TODAY).weekNumber()).isEqualTo(48);
        assertThat(new AgendaPeriod(Mode.WEEK, TODAY).title(DUTCH)).isEqualTo("23–29 november 2026");
        assertThat(new AgendaPeriod(Mode.WEEK, LocalDate.of(2026, 12, 1)).title(DUTCH))
                .isEqualTo("30 november – 6 december 2026");
        var turnOfYear = new AgendaPeriod(Mode.WEEK, LocalDate.of(2026, 12, 31));
        assertThat(turnOfYear.weekNumber()).isEqualTo(53);
        assertThat(turnOfYear.title(DUTCH)).isEqualTo("28 december 2026 – 3 januari 2027");
        assertThat(new AgendaPeriod(Mode.MONTH, TODAY).title(DUTCH)).isEqualTo("november 2026");
        assertThat(new AgendaPeriod(Mode.MONTH, TODAY).title(Locale.ENGLISH)).isEqualTo("November 2026");
    }

    @Test
    void previous_and_next_step_a_week_or_a_month() {
        assertThat(new AgendaPeriod(Mode.WEEK, TODAY).next().start()).isEqualTo("2026-11-30");
        assertThat(new AgendaPeriod(Mode.WEEK, TODAY).previous().start()).isEqualTo("2026-11-16");
        assertThat(new AgendaPeriod(Mode.MONTH, TODAY).next().start()).isEqualTo("2026-12-01");
        assertThat(new AgendaPeriod(Mode.MONTH, LocalDate.of(2027, 1, 5))
                        .previous()
                        .start())
                .isEqualTo("2026-12-01");
    }

    @Test
    void switching_mode_stays_around_today_or_else_follows_the_thursday() {
        var november = new AgendaPeriod(Mode.MONTH, TODAY);
        assertThat(november.in(Mode.WEEK, TODAY).start()).isEqualTo("2026-11-23");
        // 1 November 2026 is a Sunday: the first week with a Thursday in November starts on the 2nd
        assertThat(november.in(Mode.WEEK, LocalDate.of(2027, 1, 5)).start()).isEqualTo("2026-11-02");
        var endOfOctober = new AgendaPeriod(Mode.WEEK, LocalDate.of(2026, 10, 27));
        assertThat(endOfOctober.in(Mode.MONTH, TODAY).start()).isEqualTo("2026-10-01");
        assertThat(endOfOctober.in(Mode.MONTH, LocalDate.of(2026, 11, 1)).start())
                .isEqualTo("2026-11-01");
        assertThat(new AgendaPeriod(Mode.WEEK, TODAY).in(Mode.WEEK, TODAY))
                .isEqualTo(new AgendaPeriod(Mode.WEEK, TODAY));
    }

    @Test
    void the_address_holds_mode_and_date_and_a_broken_address_shows_this_week() {
        var period = new AgendaPeriod(Mode.MONTH, TODAY);
        assertThat(period.queryParameters().getQueryString()).contains("weergave=maand", "datum=2026-11-01");
        assertThat(AgendaPeriod.of(period.queryParameters(), TODAY)).isEqualTo(period);
        assertThat(AgendaPeriod.of(QueryParameters.empty(), TODAY)).isEqualTo(new AgendaPeriod(Mode.WEEK, TODAY));
        assertThat(AgendaPeriod.of(QueryParameters.simple(Map.of("weergave", "jaar", "datum", "morgen")), TODAY))
                .isEqualTo(new AgendaPeriod(Mode.WEEK, TODAY));
    }
}
