package nl.pendel.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import nl.pendel.ApplicationRoutes;
import nl.pendel.KaribuTest;
import nl.pendel.TestClock;
import nl.pendel.demo.DemoTeam;
import nl.pendel.demo.SecondCourse;
import nl.pendel.security.AccessMatrixTest;
import nl.pendel.security.AccessMatrixTest.Who;
import nl.pendel.shared.ui.ServerErrorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

/**
 * Off the script: a seeded, reproducible random run of what a trainer, participants (some in
 * both courses) and a lead do over two overlapping courses — opening any screen they may open,
 * clicking any button, typing anything into any field (the ordinary, the empty, the far too long,
 * a BSN, markup, emoji), confirming or cancelling dialogs, acting on grid rows, letting days pass.
 * After every action: no error page, no "Er ging iets mis", no error in the log, and no typed text
 * lost (what a screen that saves while typing stored is there when it is opened again; what it did
 * not store holds a move to another screen and asks). A failure names
 * the seed and the last actions; run one seed again with {@code -Dpendel.random.seed=…} (and
 * {@code -Dpendel.random.actions=…}; {@code -Dpendel.random.verbose=true} prints every action). A seed that once failed is added to {@link #SEEDS}.
 */
class RandomRunTest extends KaribuTest {

    /** Seeds run on every build; the first two are arbitrary, later ones once found a defect. */
    static final long[] SEEDS = {20261207L, 16L, 4711L};

    private static final int ACTIONS = Integer.getInteger("pendel.random.actions", 600);

    /** The screens where people do their work, opened more often than the rest. */
    private static final java.util.Set<String> WORK = java.util.Set.of(
            "huiswerk/:courseId/:meetingId",
            "zelfevaluatie/:courseId/:momentId",
            "plannen/:planId",
            "cursussen/:courseId/rooster",
            "cursussen/:courseId/subgroepen",
            "cursussen/:courseId/aanwezigheid",
            "cursussen/:courseId/draaiboek/:meetingId",
            "cursussen/:courseId/huiswerk",
            "cursussen/:courseId/huiswerk/:meetingId/briefing/:subgroup",
            "cursussen/:courseId/randvoorwaarden",
            "cursussen/:courseId/berichten",
            "cursussen/:courseId/afronding",
            "cursussen/:courseId");

    private static final boolean VERBOSE = Boolean.getBoolean("pendel.random.verbose");

    private static final AtomicInteger TEAMS = new AtomicInteger(800);

    @Autowired
    TestClock clock;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    static LongStream seeds() {
        String chosen = System.getProperty("pendel.random.seed");
        return chosen == null ? LongStream.of(SEEDS) : LongStream.of(Long.parseLong(chosen));
    }

    @BeforeEach
    void listenToTheLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(log);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_random_run_over_two_overlapping_courses_never_shows_an_error(long seed) {
        Random random = new Random(seed);
        clock.setTo(LocalDateTime.of(2027, 1, 12, 9, 0).plusDays(random.nextInt(60)));
        DemoTeam team = DemoTeam.create(context, TEAMS.incrementAndGet());
        SecondCourse second = SecondCourse.publish(context, team);
        List<Actor> actors = List.of(
                new Actor(Who.TRAINER, team.trainer()),
                new Actor(Who.PARTICIPANT, second.participants().getFirst()),
                new Actor(Who.PARTICIPANT, second.participants().get(1)),
                new Actor(Who.PARTICIPANT, team.participants().getLast()),
                new Actor(Who.TEAM_LEAD, team.lead()));
        List<Map<String, String>> courses = List.of(team.ids(), second.ids(context, team));
        var routes = ApplicationRoutes.templates();
        Monkey monkey = new Monkey(random, clock);
        Deque<String> recent = new ArrayDeque<>();
        int checkedTexts = 0;
        Actor actor = actors.getFirst();
        newBrowserSession();
        login(actor.email());
        log.list.clear();
        for (int step = 1; step <= ACTIONS; step++) {
            String action;
            int dice = random.nextInt(100);
            try {
                if (dice < 4) {
                    actor = actors.get(random.nextInt(actors.size()));
                    newBrowserSession();
                    login(actor.email());
                    action = "sign in as " + actor;
                } else if (dice < 6) {
                    Duration later = Duration.ofHours(1 + random.nextInt(24 * 4));
                    clock.advance(later);
                    action = "let " + later + " pass";
                } else if (dice < 24 || currentViewOrNull() == null) {
                    action = navigate(random, actor, routes.keySet(), courses);
                } else {
                    String done = monkey.act();
                    // nothing to do on this screen: on to another
                    action = done != null ? done : navigate(random, actor, routes.keySet(), courses);
                }
                MockVaadin.clientRoundtrip(false);
                Monkey.Typed typed = monkey.takeTyped();
                if (typed != null) {
                    checkedTexts++;
                    String lost = nothingLost(typed);
                    assertThat(lost)
                            .as(
                                    "seed %d, step %d (%s); run again with -Dpendel.random.seed=%d",
                                    seed, step, action, seed)
                            .isNull();
                }
            } catch (RuntimeException e) {
                // what the application's error handler makes of it, as the browser would show it
                action = "failed with " + e;
                VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
            }
            recent.addLast(step + ". " + actor + ": " + action);
            if (VERBOSE) {
                System.out.println("random run " + seed + ": " + recent.getLast());
            }
            if (recent.size() > 25) {
                recent.removeFirst();
            }
            String problem = problem();
            assertThat(problem)
                    .as(
                            "seed %d, step %d; run again with -Dpendel.random.seed=%d; the last actions:%n%s",
                            seed, step, seed, String.join("\n", recent))
                    .isNull();
        }
        System.out.printf(
                "random run: seed %d, %d actions (%s), %d texts typed into screens that save while typing checked, no errors%n",
                seed, ACTIONS, monkey.counts(), checkedTexts);
    }

    /** Opens a screen the actor may open, half the time one where the work is done; says which. */
    private String navigate(
            Random random, Actor actor, java.util.Set<String> templates, List<Map<String, String>> courses) {
        List<String> allowed = templates.stream()
                .filter(t -> AccessMatrixTest.EXPECTED
                        .getOrDefault(t, java.util.Set.of())
                        .contains(actor.role()))
                .filter(t -> !t.equals("login"))
                .toList();
        List<String> working = allowed.stream().filter(WORK::contains).toList();
        List<String> from = working.isEmpty() || random.nextBoolean() ? allowed : working;
        String url = ApplicationRoutes.fill(
                from.get(random.nextInt(from.size())), courses.get(random.nextInt(courses.size())));
        open(url);
        return "open /" + url;
    }

    /**
     * Typed text is never lost: what the server stored is there when the screen is opened again;
     * what it did not store (refused, or not yet sent) holds a move to another screen and asks.
     */
    private String nothingLost(Monkey.Typed typed) {
        String here = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        if (typed.stored()) {
            open("");
            open(here);
            // the same field shows it again; a screen that now only shows it (handed in) shows the text
            List<String> values = LocatorJ._find(TextFieldBase.class).stream()
                    .filter(f -> typed.label().equals(f.getElement().getProperty("label", "")))
                    .map(f -> String.valueOf(f.getValue()).strip())
                    .toList();
            // a list of lines (goals) stores its filled lines first: "Doel 3" typed alone shows as "Doel 1"
            boolean kept = values.isEmpty()
                    ? pageText().contains(typed.text().strip())
                    : values.contains(typed.text().strip())
                            || anyFieldShows(typed.text().strip());
            return kept
                    ? null
                    : "the text stored in \"" + typed.label() + "\" on /" + here
                            + " is not there when the screen is opened again: " + typed.text() + " (shows " + values
                            + ")";
        }
        open("");
        List<ConfirmDialog> asking = LocatorJ._find(ConfirmDialog.class).stream()
                .filter(ConfirmDialog::isOpened)
                .toList();
        if (asking.isEmpty()) {
            return "left /" + here + " without asking, though its text was not stored: " + typed.text();
        }
        // stay, as a person who sees the question would
        ConfirmDialogKt._fireCancel(asking.getFirst());
        return null;
    }

    private static boolean anyFieldShows(String text) {
        return LocatorJ._find(TextFieldBase.class).stream()
                .anyMatch(f -> text.equals(String.valueOf(f.getValue()).strip()));
    }

    /** What a user would see go wrong after the last action, or null. */
    private String problem() {
        Component view = currentViewOrNull();
        if (view != null && ClassUtils.getUserClass(view) == ServerErrorView.class) {
            return "the error page shows";
        }
        for (Notification notification : NotificationsKt.getNotifications()) {
            String text = notification.getElement().getProperty("text", "")
                    + com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(notification);
            if (text.contains("Er ging iets mis") || text.contains("Something went wrong")) {
                return "a notification says: " + text;
            }
        }
        List<String> errors = log.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null
                                ? ""
                                : " — " + e.getThrowableProxy().getMessage()))
                .toList();
        log.list.clear();
        NotificationsKt.clearNotifications();
        return errors.isEmpty() ? null : "the log has errors: " + errors;
    }

    private Component currentViewOrNull() {
        try {
            return currentView();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private record Actor(Who role, String email) {

        @Override
        public String toString() {
            return role + " " + email.replace("@pendel.test", "");
        }
    }
}
