package nl.pendel.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Map;
import nl.pendel.KaribuTest;
import nl.pendel.SqlStatements;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaViewTest extends KaribuTest {

    @Autowired
    Clock clock;

    private final String place = TestData.unique("Wijkcentrum");

    @Test
    void trainer_sees_the_sessions_of_a_week_and_goes_to_the_next_weeks() {
        var fixture = testData.course(4);
        testData.schedule(fixture, place);
        login(fixture.trainer().email());

        // meeting 1 on Tuesday 26 and Wednesday 27 January 2027
        openAgenda("week", "2027-01-27");
        assertThat(currentView()).isInstanceOf(AgendaView.class);
        assertThat(heading()).isEqualTo("week 4, 25–31 januari 2027");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("agenda-day")))
                .hasSize(7);
        List<Anchor> sessions = sessionLinks();
        assertThat(sessions).hasSize(4);
        Anchor first = sessions.getFirst();
        assertThat(first.getHref()).isEqualTo("cursussen/" + fixture.course().id() + "/rooster");
        // its name is its text (no aria-label): the day and the meeting's title are read out, not shown
        assertThat(first.getElement().getAttribute("aria-label")).isNull();
        assertThat(first.getElement().getTextRecursively())
                .startsWith(
                        "dinsdag 26 januari, 08:30–12:30 " + fixture.course().title() + " Bijeenkomst 1 · Subgroep 1 (")
                .endsWith(") " + place);
        assertThat(_find(first, Span.class, spec -> spec.withClasses("agenda-spoken")))
                .extracting(Span::getText)
                .containsExactly(
                        "dinsdag 26 januari,", " (" + first.getElement().getAttribute("title") + ")");

        _click(_get(Button.class, spec -> spec.withClasses("agenda-next")));
        assertThat(heading()).isEqualTo("week 5, 1–7 februari 2027");
        assertThat(location()).contains("weergave=week", "datum=2027-02-01");
        assertThat(sessionLinks()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("agenda-none"))
                        .getText())
                .isEqualTo("Geen bijeenkomsten in deze week.");

        _click(_get(Button.class, spec -> spec.withClasses("agenda-next")));
        assertThat(heading()).isEqualTo("week 6, 8–14 februari 2027");
        assertThat(sessionLinks()).hasSize(4).allSatisfy(link -> assertThat(
                        _get(link, Span.class, spec -> spec.withClasses("agenda-meeting"))
                                .getText())
                .startsWith("Bijeenkomst 2 · "));
    }

    @Test
    void trainer_sees_the_month_with_days_of_other_months_dimmed_and_the_sessions_of_all_courses() {
        PersonSummary trainer = testData.trainer();
        var first = testData.course(4, trainer, null);
        var second = testData.course(4, testData.trainer(), trainer);
        testData.schedule(first, place + "-1");
        testData.schedule(second, place + "-2", 1);
        login(trainer.email());

        openAgenda("week", "2027-01-25");
        _click(_get(Button.class, spec -> spec.withText("Maand")));

        assertThat(heading()).isEqualTo("januari 2027");
        assertThat(location()).contains("weergave=maand", "datum=2027-01-01");
        // Monday 28 December 2026 to Sunday 31 January 2027
        List<ListItem> days = _find(ListItem.class, spec -> spec.withClasses("agenda-day"));
        assertThat(days).hasSize(35);
        assertThat(days.stream().filter(d -> d.hasClassName("outside"))).hasSize(4);
        assertThat(_get(Button.class, spec -> spec.withText("Maand"))
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        // the first course's meeting 1 on 26/27 January; the second's a week later
        assertThat(sessionLinks())
                .extracting(Anchor::getHref)
                .containsOnly("cursussen/" + first.course().id() + "/rooster")
                .hasSize(4);

        _click(_get(Button.class, spec -> spec.withClasses("agenda-next")));
        assertThat(heading()).isEqualTo("februari 2027");
        assertThat(sessionLinks())
                .extracting(Anchor::getHref)
                .contains(
                        "cursussen/" + first.course().id() + "/rooster",
                        "cursussen/" + second.course().id() + "/rooster")
                .hasSize(4 + 8);
    }

    @Test
    void without_a_date_the_agenda_shows_this_week_with_today_marked_and_today_returns_to_it() {
        login(testData.trainer().email());
        LocalDate today = LocalDate.now(clock);
        String week = "week " + today.get(WeekFields.ISO.weekOfWeekBasedYear()) + ", ";

        open("agenda");
        assertThat(heading()).startsWith(week);
        assertThat(_get(ListItem.class, spec -> spec.withClasses("today"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("date");

        _click(_get(Button.class, spec -> spec.withClasses("agenda-previous")));
        _click(_get(Button.class, spec -> spec.withClasses("agenda-previous")));
        assertThat(heading()).doesNotStartWith(week);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("today"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Vandaag")));
        assertThat(heading()).startsWith(week);
    }

    @Test
    void a_cancelled_session_is_struck_through_and_says_cancelled() {
        var fixture = testData.course(4);
        var sessions = testData.schedule(fixture, place);
        testData.cancel(fixture, sessions.getFirst());
        login(fixture.trainer().email());

        openAgenda("week", "2027-01-26");

        List<Anchor> cancelled = _find(Anchor.class, spec -> spec.withClasses("agenda-session cancelled"));
        assertThat(cancelled).singleElement().satisfies(link -> {
            assertThat(_get(link, Span.class, spec -> spec.withClasses("badge")).getText())
                    .isEqualTo("Geannuleerd");
            assertThat(link.getElement().getTextRecursively()).startsWith("dinsdag 26 januari, Geannuleerd 08:30");
        });
        assertThat(sessionLinks()).hasSize(4);
    }

    @Test
    void the_agenda_costs_as_many_sql_statements_for_one_course_as_for_several() {
        PersonSummary one = testData.trainer();
        testData.schedule(testData.course(4, one, null), place + "-a");
        PersonSummary several = testData.trainer();
        testData.schedule(testData.course(4, several, null), place + "-b");
        testData.schedule(testData.course(4, several, null), place + "-c", 1);
        testData.schedule(testData.course(4, testData.trainer(), several), place + "-d");

        login(one.email());
        int forOne = SqlStatements.count(() -> openAgenda("maand", "2027-02-01"));
        assertThat(sessionLinks()).hasSize(4);

        login(several.email());
        int forSeveral = SqlStatements.count(() -> openAgenda("maand", "2027-02-01"));
        assertThat(sessionLinks()).hasSize(4 + 4 + 8);

        assertThat(forSeveral).isEqualTo(forOne);
        // the agenda's own reads, the signed-in person, and the bell's unread count
        assertThat(forOne).isEqualTo(6);
    }

    @Test
    void participant_cannot_open_the_agenda() {
        login("deelnemer@pendel.test");
        open("agenda");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    private void openAgenda(String mode, String date) {
        UI.getCurrent().navigate("agenda", QueryParameters.simple(Map.of("weergave", mode, "datum", date)));
    }

    private static String heading() {
        return _get(H2.class, spec -> spec.withClasses("agenda-heading")).getText();
    }

    private static List<Anchor> sessionLinks() {
        return _find(Anchor.class, spec -> spec.withClasses("agenda-session"));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
