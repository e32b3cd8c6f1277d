package nl.pendel.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.pendel.KaribuTest;
import nl.pendel.SqlStatements;
import nl.pendel.security.ui.LoginView;
import nl.pendel.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;

/**
 * SQL statements per screen: every main screen of every role opened in the mocked browser (the
 * real views, services and MariaDB), once for a small team and once for a team with four times
 * the participants, courses, sessions, submissions, assessments and plans. Counted at the JDBC
 * level ({@link SqlStatements}: Hibernate and {@code JdbcClient} alike), for opening the screen and
 * showing the first page of every grid on it, after one opening to warm caches. A screen fails
 * when it sends more with more data, or more than {@value #LIMIT} statements. The table is printed
 * and written to {@code target/sql-per-screen.txt}, the statements of each screen to
 * {@code target/sql-per-screen-statements.txt}.
 */
class SqlPerScreenTest extends KaribuTest {

    static final int LIMIT = 20;

    /** The rows a browser asks for first. */
    private static final int FIRST_PAGE = 50;

    private record Screen(String name, Function<ScreenWorld, String> who, Function<ScreenWorld, String> route) {}

    private static Screen screen(String name, Function<ScreenWorld, String> who, Function<ScreenWorld, String> route) {
        return new Screen(name, who, route);
    }

    private static final Function<ScreenWorld, String> PARTICIPANT =
            w -> w.participant().email();
    private static final Function<ScreenWorld, String> TRAINER =
            w -> w.trainer().email();
    private static final Function<ScreenWorld, String> LEAD = w -> w.lead().email();
    private static final Function<ScreenWorld, String> ADMIN = w -> "beheerder@pendel.test";

    private static final List<Screen> SCREENS = List.of(
            // the professional
            screen("home (participant)", PARTICIPANT, w -> ""),
            screen("my sessions", PARTICIPANT, w -> "mijn-sessies"),
            screen("course evaluation (participant)", PARTICIPANT, w -> "evaluatie/" + w.courseId()),
            screen("my homework", PARTICIPANT, w -> "huiswerk"),
            screen("homework page", PARTICIPANT, w -> "huiswerk/" + w.courseId() + "/" + w.meetingId()),
            screen("my self-assessments and growth", PARTICIPANT, w -> "zelfevaluatie"),
            screen("self-assessment form", PARTICIPANT, w -> "zelfevaluatie/" + w.courseId() + "/" + w.momentId()),
            screen("plans overview (participant)", PARTICIPANT, w -> "plannen"),
            screen("plan page (participant)", PARTICIPANT, w -> "plannen/" + w.planId()),
            screen("plan print page", PARTICIPANT, w -> "plannen/" + w.planId() + "/afdrukken"),
            screen("courses list (participant)", PARTICIPANT, w -> "cursussen"),
            screen("course page (participant)", PARTICIPANT, w -> course(w, "")),
            screen("course: materials (participant)", PARTICIPANT, w -> course(w, "/materialen")),
            screen("preconditions scan (participant)", PARTICIPANT, w -> course(w, "/randvoorwaarden")),
            screen("course: messages (participant)", PARTICIPANT, w -> course(w, "/berichten")),
            screen("course: own completion (participant)", PARTICIPANT, w -> course(w, "/afronding")),
            screen("notification settings", PARTICIPANT, w -> "meldingen/instellingen"),
            screen("notifications in the app", PARTICIPANT, w -> "meldingen"),
            screen("profile", PARTICIPANT, w -> "profiel"),
            screen("calendar link", PARTICIPANT, w -> "agenda-koppeling"),
            // the trainer
            screen("home (trainer)", TRAINER, w -> ""),
            screen("courses list (trainer)", TRAINER, w -> "cursussen"),
            screen("agenda, month", TRAINER, w -> "agenda?weergave=maand&datum=2027-02-01"),
            screen("course page (trainer)", TRAINER, w -> course(w, "")),
            screen("course: subgroups", TRAINER, w -> course(w, "/subgroepen")),
            screen("course: schedule", TRAINER, w -> course(w, "/rooster")),
            screen("course: attendance", TRAINER, w -> course(w, "/aanwezigheid")),
            screen("course: run sheet", TRAINER, w -> course(w, "/draaiboek/" + w.meetingId())),
            screen("course: materials (trainer)", TRAINER, w -> course(w, "/materialen")),
            screen("course: homework overview", TRAINER, w -> course(w, "/huiswerk")),
            screen("course: session briefing", TRAINER, w -> course(w, "/huiswerk/" + w.meetingId() + "/briefing/1")),
            screen("course: self-assessment overview", TRAINER, w -> course(w, "/zelfevaluatie")),
            screen("course: team dashboard (trainer)", TRAINER, w -> course(w, "/dashboard")),
            screen("course: plans", TRAINER, w -> course(w, "/plannen")),
            screen("course: preconditions (trainer)", TRAINER, w -> course(w, "/randvoorwaarden")),
            screen("course: look-backs (trainer)", TRAINER, w -> course(w, "/terugblik")),
            screen("course: messages (trainer)", TRAINER, w -> course(w, "/berichten")),
            screen("course: completion (trainer)", TRAINER, w -> course(w, "/afronding")),
            screen("course: evaluation (trainer)", TRAINER, w -> course(w, "/evaluatie")),
            screen("plans overview (trainer)", TRAINER, w -> "plannen"),
            screen("plan page (trainer)", TRAINER, w -> "plannen/" + w.planId()),
            screen("programmes", TRAINER, w -> "programmas"),
            // the team lead
            screen("home (lead)", LEAD, w -> ""),
            screen("my team", LEAD, w -> "mijn-team"),
            screen("courses list (lead)", LEAD, w -> "cursussen"),
            screen("course: team dashboard (lead)", LEAD, w -> course(w, "/dashboard")),
            screen("course: self-assessment (lead)", LEAD, w -> course(w, "/zelfevaluatie")),
            screen(
                    "a member's scores (lead)",
                    LEAD,
                    w -> course(w, "/zelfevaluatie/" + w.participant().id())),
            screen("plans overview (lead)", LEAD, w -> "plannen"),
            screen("course: look-backs (lead)", LEAD, w -> course(w, "/terugblik")),
            screen("course: completion (lead)", LEAD, w -> course(w, "/afronding")),
            screen("course: evaluation (lead)", LEAD, w -> course(w, "/evaluatie")),
            // the administrator
            screen("home (admin)", ADMIN, w -> ""),
            screen("people", ADMIN, w -> "beheer/personen"),
            screen("teams", ADMIN, w -> "beheer/teams"),
            screen("organisations", ADMIN, w -> "beheer/organisaties"),
            screen("outbox", ADMIN, w -> "beheer/uitgaande-mail"),
            screen("people import", ADMIN, w -> "beheer/personen/import"),
            screen("courses list (admin)", ADMIN, w -> "cursussen"));

    private static String course(ScreenWorld world, String tab) {
        return "cursussen/" + world.courseId() + tab;
    }

    @Test
    void every_main_screen_sends_at_most_ten_statements_and_no_more_with_four_times_the_data() {
        ScreenWorld small = ScreenWorld.build(context, 1);
        ScreenWorld large = ScreenWorld.build(context, 4);
        assertThat(large.submissions()).isEqualTo(4 * small.submissions());
        assertThat(large.plans()).isEqualTo(4 * small.plans());

        List<String> failures = new ArrayList<>();
        StringBuilder detail = new StringBuilder();
        StringBuilder table = new StringBuilder(String.format(
                "SQL statements per screen (small: %d participants, %d plans; large: %d participants, %d plans, %d courses)%n",
                small.submissions(),
                small.plans(),
                large.submissions(),
                large.plans(),
                large.courseIds().size()));
        table.append(String.format("%-42s %6s %6s%n", "screen", "small", "large"));
        for (Screen screen : SCREENS) {
            Opened few = open(screen, small);
            Opened many = open(screen, large);
            int most = Math.max(few.statements(), many.statements());
            table.append(String.format(
                    "%-42s %6d %6d %s%n",
                    screen.name(), few.statements(), many.statements(), most > LIMIT ? "over " + LIMIT : ""));
            detail.append("== ").append(screen.name()).append(" (large)\n");
            many.sql().forEach(sql -> detail.append("  ")
                    .append(sql.replaceAll("\\s+", " "))
                    .append('\n'));
            if (!few.view().equals(many.view())) {
                failures.add(screen.name() + " showed " + few.view() + " and " + many.view());
            }
            if (most > LIMIT) {
                failures.add(screen.name() + ": more than " + LIMIT + " statements: " + most);
            }
            if (many.statements() > few.statements()) {
                failures.add(screen.name() + ": grows with the data, " + few.statements() + " → " + many.statements()
                        + ": " + many.sql());
            }
        }
        System.out.print(table);
        write("sql-per-screen.txt", table.toString());
        write("sql-per-screen-statements.txt", detail.toString());
        assertThat(failures).isEmpty();
    }

    private record Opened(String view, int statements, List<String> sql) {}

    /**
     * Opens the screen once to warm caches, then counts opening it in a new browser session (a new
     * UI, so the view and the main layout are built anew).
     */
    private Opened open(Screen screen, ScreenWorld world) {
        String route = screen.route().apply(world);
        newBrowserSession();
        login(screen.who().apply(world));
        show(route);
        Class<? extends Component> view = currentView().getClass();
        assertThat(view)
                .as(screen.name() + " opens")
                .isNotEqualTo(NotFoundView.class)
                .isNotEqualTo(LoginView.class);
        newBrowserSession();
        login(screen.who().apply(world));
        SqlStatements.Counted<Class<?>> counted = SqlStatements.count(() -> {
            show(route);
            return currentView().getClass();
        });
        assertThat(counted.result()).isEqualTo(view);
        return new Opened(view.getSimpleName(), counted.statements(), counted.sql());
    }

    /** Navigates and renders the first page of every grid, as the browser asks for it. */
    private static void show(String route) {
        int query = route.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(route);
        } else {
            Map<String, String> parameters = new java.util.HashMap<>();
            for (String pair : route.substring(query + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(parts[0], parts[1]);
            }
            UI.getCurrent().navigate(route.substring(0, query), QueryParameters.simple(parameters));
        }
        for (Grid<?> grid : LocatorJ._find(Grid.class)) {
            render(grid);
        }
    }

    private static <T> void render(Grid<T> grid) {
        if (GridKt.get_dataProviderSupportsSizeOp(grid)) {
            GridKt._size(grid);
        }
        for (T item : GridKt._fetch(grid, 0, FIRST_PAGE)) {
            GridKt._getFormattedRow(grid, item);
        }
    }

    private static void write(String name, String table) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", name);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, table);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
