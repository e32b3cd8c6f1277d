package nl.pendel.security;

import static java.util.Map.entry;
import static nl.pendel.security.AccessMatrixTest.Who.ADMIN;
import static nl.pendel.security.AccessMatrixTest.Who.ANONYMOUS;
import static nl.pendel.security.AccessMatrixTest.Who.PARTICIPANT;
import static nl.pendel.security.AccessMatrixTest.Who.TEAM_LEAD;
import static nl.pendel.security.AccessMatrixTest.Who.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.pendel.ApplicationRoutes;
import nl.pendel.KaribuTest;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.Briefing;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanSummary;
import nl.pendel.security.ui.LoginView;
import nl.pendel.shared.ui.NotFoundView;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * The access matrix: every route the application registers, opened by every role and by an
 * anonymous visitor, against a table of who may open it (written out here by hand, not read from
 * the views' annotations); and every route that carries an object's id, opened with the id of
 * another team's, another course's or another subgroup's object, or of nothing at all, which must
 * never show. A new view fails the matrix until its row is added to {@link #EXPECTED}.
 *
 * <p>"Own" objects are those of the demo's running Korrewegwijk course: its trainer (Joost Brink),
 * a participant of it (Sanne de Vries) with her own subgroup's plan, the lead of its team.
 * "Another team's" are those of the closed Oosterpark course and of a course made here.
 */
public class AccessMatrixTest extends KaribuTest {

    /** Who opens the routes: one demo account per role, and nobody signed in. */
    public enum Who {
        ANONYMOUS(null),
        ADMIN("beheerder@pendel.test"),
        TRAINER("trainer@pendel.test"),
        PARTICIPANT("deelnemer@pendel.test"),
        TEAM_LEAD("teamleider@pendel.test");

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    private static final Set<Who> SIGNED_IN = EnumSet.of(ADMIN, TRAINER, PARTICIPANT, TEAM_LEAD);

    /**
     * Route template → who may open it with their own objects. Everyone else is refused: sent to
     * the login page when not signed in, "not found" when signed in (the login page itself sends a
     * signed-in person home).
     */
    public static final Map<String, Set<Who>> EXPECTED = new TreeMap<>(Map.ofEntries(
            entry("login", EnumSet.of(ANONYMOUS)),
            // the privacy statement: everyone, also before signing in
            entry("privacy", EnumSet.allOf(Who.class)),
            // "Wachtwoord vergeten?" and the page a link to choose a password opens: everyone (the
            // mail goes to the address's owner; the link itself is the proof)
            entry("wachtwoord-vergeten", EnumSet.allOf(Who.class)),
            entry("wachtwoord-kiezen", EnumSet.allOf(Who.class)),
            entry("", SIGNED_IN),
            entry("profiel", SIGNED_IN),
            // the inbox of notifications in the app (the bell) and how they arrive: everyone their own
            entry("meldingen", SIGNED_IN),
            entry("meldingen/instellingen", SIGNED_IN),
            entry("agenda-koppeling", SIGNED_IN),
            entry("cursussen", SIGNED_IN),
            entry("plannen", SIGNED_IN),
            // administration
            entry("beheer/organisaties", EnumSet.of(ADMIN)),
            entry("beheer/personen", EnumSet.of(ADMIN)),
            entry("beheer/personen/import", EnumSet.of(ADMIN)),
            entry("beheer/teams", EnumSet.of(ADMIN)),
            entry("beheer/uitgaande-mail", EnumSet.of(ADMIN)),
            // export and erasure on someone's behalf, and the audit of scores opened and data exported
            entry("beheer/privacy", EnumSet.of(ADMIN)),
            entry("programmas", EnumSet.of(ADMIN, TRAINER)),
            // the trainer's own agenda of sessions
            entry("agenda", EnumSet.of(TRAINER)),
            // the participant's own pages
            entry("mijn-sessies", EnumSet.of(PARTICIPANT)),
            entry("huiswerk", EnumSet.of(PARTICIPANT)),
            entry("huiswerk/:courseId/:meetingId", EnumSet.of(PARTICIPANT)),
            entry("zelfevaluatie", EnumSet.of(PARTICIPANT)),
            entry("zelfevaluatie/:courseId/:momentId", EnumSet.of(PARTICIPANT)),
            // the lead's own pages
            entry("mijn-team", EnumSet.of(TEAM_LEAD)),
            entry("cursussen/:courseId/zelfevaluatie/:personId", EnumSet.of(TEAM_LEAD)),
            // a course's tabs: everyone involved in the course
            entry("cursussen/:courseId", SIGNED_IN),
            entry("cursussen/:courseId/subgroepen", SIGNED_IN),
            entry("cursussen/:courseId/rooster", SIGNED_IN),
            entry("cursussen/:courseId/huiswerk", SIGNED_IN),
            entry("cursussen/:courseId/plannen", SIGNED_IN),
            entry("cursussen/:courseId/zelfevaluatie", SIGNED_IN),
            entry("cursussen/:courseId/randvoorwaarden", SIGNED_IN),
            // a course's materials: everyone involved reads, its trainers add and remove
            entry("cursussen/:courseId/materialen", SIGNED_IN),
            // announcements: what is for the reader (decision 0018); the lead and an administrator
            // read the course-wide ones, only the course's trainers write
            entry("cursussen/:courseId/berichten", SIGNED_IN),
            // completion: the trainers and the lead see everyone, a participant themselves (decision 0017)
            entry("cursussen/:courseId/afronding", SIGNED_IN),
            // attendance and the dashboard: the course's trainers and the lead of its team
            entry("cursussen/:courseId/aanwezigheid", EnumSet.of(ADMIN, TRAINER, TEAM_LEAD)),
            entry("cursussen/:courseId/dashboard", EnumSet.of(ADMIN, TRAINER, TEAM_LEAD)),
            // a meeting's run sheet: the course's trainers only (decision 0015)
            entry("cursussen/:courseId/draaiboek/:meetingId", EnumSet.of(ADMIN, TRAINER)),
            // one subgroup's homework texts: the course's trainers only, never the lead
            entry("cursussen/:courseId/huiswerk/:meetingId/briefing/:subgroup", EnumSet.of(ADMIN, TRAINER)),
            // a plan: its subgroup, the course's trainers, the lead reads
            entry("plannen/:planId", SIGNED_IN),
            entry("plannen/:planId/afdrukken", SIGNED_IN),
            // the look-back on a session: a participant of its subgroup answers it (issue 19) ...
            entry("terugblik/:sessionId", EnumSet.of(PARTICIPANT)),
            // ... the course's trainers read the texts, the lead of its team the figures only
            entry("cursussen/:courseId/terugblik", EnumSet.of(ADMIN, TRAINER, TEAM_LEAD)),
            // the course evaluation: a participant of the course answers it once, anonymously ...
            entry("evaluatie/:courseId", EnumSet.of(PARTICIPANT)),
            // ... the course's trainers and the lead of its team read it from three answers (decision 0019)
            entry("cursussen/:courseId/evaluatie", EnumSet.of(ADMIN, TRAINER, TEAM_LEAD))));

    /** The demo courses, by title (the demo's constants are package-private). */
    private static final String KORREWEGWIJK = "Omgevingsgericht en preventief werken – WIJ-Korrewegwijk";

    private static final String OOSTERPARK = "Omgevingsgericht en preventief werken – WIJ-Oosterpark (voorjaar)";

    private static final String NONEXISTENT = "999999";

    /** Looked up once per run of this class: the demo data does not change, the extra course is made once. */
    private static Ids ids;

    @Autowired
    CourseService courses;

    @Autowired
    SelfAssessmentService assessments;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    PlanService plans;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    HomeworkReviewService homeworkReview;

    @Autowired
    nl.pendel.homework.HomeworkBriefingService briefings;

    @Autowired
    nl.pendel.schedule.ScheduleService schedule;

    @LocalServerPort
    int port;

    /** Route template → the view it shows, from the {@code @Route} and {@code @RouteAlias} annotations. */
    private Map<String, Class<? extends Component>> routes;

    @BeforeAll
    static void forgetIdsOfAnEarlierContext() {
        ids = null;
    }

    @BeforeEach
    void findRoutesAndIds() {
        routes = ApplicationRoutes.templates();
        if (ids == null) {
            ids = lookUpIds();
        }
    }

    // ---- the matrix

    @Test
    void every_route_allows_exactly_the_expected_roles() {
        List<String> mismatches = new ArrayList<>();
        for (String template : routes.keySet()) {
            if (!EXPECTED.containsKey(template)) {
                mismatches.add(
                        "route /" + template + " (" + routes.get(template).getSimpleName()
                                + ") has no row in the access matrix: add who may open it to EXPECTED");
            }
        }
        for (String template : EXPECTED.keySet()) {
            if (!routes.containsKey(template)) {
                mismatches.add("the access matrix names /" + template + ", which is no route (any more)");
            }
        }
        int checks = 0;
        for (Who who : Who.values()) {
            signInAs(who);
            for (String template : routes.keySet()) {
                if (!EXPECTED.containsKey(template)) {
                    continue;
                }
                String url = ApplicationRoutes.fill(template, ids.own());
                boolean allowed = EXPECTED.get(template).contains(who);
                Class<? extends Component> expected = allowed ? routes.get(template) : refusal(who, template);
                String outcome = openAndDescribe(url);
                checks++;
                if (!outcome.equals(expected.getSimpleName())) {
                    mismatches.add("%-55s %-11s expected %s (%s), got %s"
                            .formatted(
                                    "/" + url,
                                    who,
                                    expected.getSimpleName(),
                                    allowed ? "allowed" : "refused",
                                    outcome));
                }
            }
        }
        System.out.printf(
                "access matrix: %d routes x %d visitors = %d checks, %d mismatches%n",
                routes.size(), Who.values().length, checks, mismatches.size());
        assertThat(mismatches)
                .as("route/visitor pairs that do not answer as the access matrix says")
                .isEmpty();
        assertThat(checks).isEqualTo(routes.size() * Who.values().length);
    }

    @Test
    void another_teams_or_subgroups_object_is_never_shown() {
        // first, that the other team's ids are real: their rightful visitors do see them
        List<String> controlFailures = new ArrayList<>();
        List<Control> controls = controls();
        for (Control control : controls) {
            newBrowserSession();
            login(control.email());
            String outcome = openAndDescribe(control.url());
            String expected = routes.get(control.template()).getSimpleName();
            if (!outcome.equals(expected)) {
                controlFailures.add("%-62s %-28s expected %s, got %s"
                        .formatted("/" + control.url(), control.visitor(), expected, outcome));
            }
        }
        assertThat(controlFailures)
                .as("control: the objects used below exist and are shown to those entitled to them")
                .isEmpty();

        List<Probe> probes = objectProbes();
        List<String> leaks = new ArrayList<>();
        Map<String, Integer> perVisitor = new TreeMap<>();
        String signedIn = null;
        for (Probe probe : probes) {
            if (!probe.email().equals(signedIn)) {
                newBrowserSession();
                login(probe.email());
                signedIn = probe.email();
            }
            String outcome = openAndDescribe(probe.url());
            perVisitor.merge(probe.visitor(), 1, Integer::sum);
            if (!outcome.equals(NotFoundView.class.getSimpleName())) {
                leaks.add("%-62s %-28s (%s) expected NotFoundView, got %s"
                        .formatted("/" + probe.url(), probe.visitor(), probe.why(), outcome));
            }
        }
        ListCheck lists = listsShowOnlyOwnObjects();
        System.out.printf(
                "access matrix: %d object checks (%s), %d controls, %d listed rows checked, %d leaks%n",
                probes.size(),
                perVisitor,
                controls.size(),
                lists.rows(),
                leaks.size() + lists.leaks().size());
        assertThat(probes).hasSizeGreaterThan(100);
        assertThat(leaks)
                .as("routes that showed another team's, course's or subgroup's object, or a nonexistent one")
                .isEmpty();
        assertThat(lists.leaks())
                .as("lists that showed what is not the visitor's")
                .isEmpty();
    }

    @Test
    void the_team_lead_never_reads_individual_homework_text() {
        List<String> texts = ids.homeworkSnippets();
        assertThat(texts).as("the demo course has homework handed in").isNotEmpty();

        signInAs(TRAINER);
        open(ApplicationRoutes.fill("cursussen/:courseId/huiswerk/:meetingId/briefing/:subgroup", ids.own()));
        assertThat(texts.stream().filter(pageText()::contains))
                .as("control: the trainer's briefing shows the homework, so the search below can find it")
                .isNotEmpty();

        signInAs(TEAM_LEAD);
        List<String> leaks = new ArrayList<>();
        int pages = 0;
        for (String template : routes.keySet()) {
            if (!EXPECTED.getOrDefault(template, Set.of()).contains(TEAM_LEAD)) {
                continue;
            }
            String url = ApplicationRoutes.fill(template, ids.own());
            assertThat(openAndDescribe(url))
                    .as("the lead opens /%s", url)
                    .isEqualTo(routes.get(template).getSimpleName());
            pages++;
            String page = pageText();
            texts.stream().filter(page::contains).forEach(t -> leaks.add("/" + url + " shows \"" + t + "\""));
        }
        System.out.printf("access matrix: %d pages of the lead searched for homework text%n", pages);
        assertThat(leaks).as("homework text on a page of the team lead").isEmpty();
    }

    @Test
    void without_a_sign_in_every_route_redirects_to_login_and_a_wrong_calendar_token_is_not_found() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<String> mismatches = new ArrayList<>();
        for (String template : routes.keySet()) {
            String path = "/" + ApplicationRoutes.fill(template, ids.own());
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
            if (EXPECTED.getOrDefault(template, Set.of()).contains(ANONYMOUS)) {
                if (response.statusCode() != 200) {
                    mismatches.add(path + " answered " + response.statusCode() + " instead of the public page");
                }
                continue;
            }
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302
                    || !URI.create(base()).resolve(location).getPath().equals("/login")) {
                mismatches.add(path + " answered " + response.statusCode() + " " + location
                        + " instead of a redirect to /login");
            }
        }

        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        List<String> wrongTokens =
                List.of(Base64.getUrlEncoder().withoutPadding().encodeToString(random), "x", NONEXISTENT, "null");
        for (String token : wrongTokens) {
            HttpResponse<String> feed = client.send(
                    HttpRequest.newBuilder(URI.create(base() + "/agenda/" + token + ".ics"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (feed.statusCode() != 404 || feed.body().contains("BEGIN:VCALENDAR")) {
                mismatches.add("/agenda/" + token + ".ics answered " + feed.statusCode() + " instead of 404");
            }
        }
        System.out.printf(
                "access matrix over HTTP: %d routes without a sign-in, %d wrong calendar tokens%n",
                routes.size(), wrongTokens.size());
        assertThat(mismatches).isEmpty();
    }

    // ---- the object checks

    /**
     * For every route with an id in it, and every role that may open it with its own object: the
     * same route with another team's, another course's, another subgroup's or a nonexistent
     * object. Also the Oosterpark lead and an Oosterpark participant on Korrewegwijk's objects.
     */
    private List<Probe> objectProbes() {
        Map<String, String> own = ids.own();
        Map<String, String> otherTeam = ids.otherTeam();
        Set<Probe> probes = new LinkedHashSet<>();
        for (String template : routes.keySet()) {
            List<String> parameters = ApplicationRoutes.parameters(template);
            if (parameters.isEmpty()) {
                continue;
            }
            for (Who who : EXPECTED.getOrDefault(template, Set.of())) {
                if (who == ANONYMOUS) {
                    continue;
                }
                // nothing at all
                for (String parameter : parameters) {
                    probes.add(probe(who, template, with(own, parameter, NONEXISTENT), "nonexistent " + parameter));
                }
                // another course's meeting, moment or person, in an own course's address
                if (parameters.contains("courseId")) {
                    for (String parameter : parameters) {
                        if (!parameter.equals("courseId") && !parameter.equals("subgroup")) {
                            probes.add(probe(
                                    who,
                                    template,
                                    with(own, parameter, otherTeam.get(parameter)),
                                    "own course, another course's " + parameter));
                        }
                    }
                }
                // another team's course and everything in it (an administrator sees every team's)
                if (who != ADMIN) {
                    probes.add(probe(who, template, otherTeam, "another team's " + String.join("/", parameters)));
                }
                // another subgroup's plan, for a participant
                if (who == PARTICIPANT && parameters.contains("planId")) {
                    probes.add(probe(
                            who, template, with(own, "planId", ids.otherSubgroupPlan()), "another subgroup's plan"));
                }
            }
            // people of another team, on Korrewegwijk's own objects
            if (EXPECTED.getOrDefault(template, Set.of()).contains(TEAM_LEAD)) {
                probes.add(new Probe(
                        "teamleider.oosterpark@pendel.test",
                        "TEAM_LEAD of Oosterpark",
                        ApplicationRoutes.fill(template, own),
                        "another team's lead"));
            }
            if (EXPECTED.getOrDefault(template, Set.of()).contains(PARTICIPANT)) {
                probes.add(new Probe(
                        "wouter.huizinga@pendel.test",
                        "PARTICIPANT of Oosterpark",
                        ApplicationRoutes.fill(template, own),
                        "another team's participant"));
            }
        }
        // grouped by visitor, so each signs in once
        List<Probe> ordered = new ArrayList<>(probes);
        ordered.sort(Comparator.comparing(Probe::email));
        return ordered;
    }

    /**
     * The other team's objects opened by someone entitled to them (an administrator, else the
     * Oosterpark participant or lead), so a refusal below is not merely an id that does not exist.
     */
    private List<Control> controls() {
        List<Control> controls = new ArrayList<>();
        for (String template : routes.keySet()) {
            if (ApplicationRoutes.parameters(template).isEmpty()) {
                continue;
            }
            Set<Who> allowed = EXPECTED.getOrDefault(template, Set.of());
            String url = ApplicationRoutes.fill(template, ids.otherTeam());
            if (allowed.contains(ADMIN)) {
                controls.add(new Control(ADMIN.email, "ADMIN", url, template));
                if (ApplicationRoutes.parameters(template).contains("planId")) {
                    controls.add(new Control(
                            ADMIN.email,
                            "ADMIN",
                            ApplicationRoutes.fill(template, with(ids.own(), "planId", ids.otherSubgroupPlan())),
                            template));
                }
            } else if (allowed.contains(PARTICIPANT)) {
                controls.add(new Control("wouter.huizinga@pendel.test", "PARTICIPANT of Oosterpark", url, template));
            } else if (allowed.contains(TEAM_LEAD)) {
                controls.add(
                        new Control("teamleider.oosterpark@pendel.test", "TEAM_LEAD of Oosterpark", url, template));
            }
        }
        return controls;
    }

    private Probe probe(Who who, String template, Map<String, String> values, String why) {
        return new Probe(who.email, who.name(), ApplicationRoutes.fill(template, values), why);
    }

    private static Map<String, String> with(Map<String, String> values, String parameter, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(parameter, value);
        return copy;
    }

    /** One address, opened by one visitor, that must be refused, and why it is not theirs. */
    private record Probe(String email, String visitor, String url, String why) {}

    /** One address, opened by one visitor, that must show the route's view. */
    private record Control(String email, String visitor, String url, String template) {}

    /** How many listed rows were checked, and those that should not have been listed. */
    private record ListCheck(int rows, List<String> leaks) {}

    /**
     * The lists of courses and plans show only what the visitor is entitled to: a trainer their
     * own courses, a participant the courses they take and their own subgroup's plans, a lead their
     * team's.
     */
    private ListCheck listsShowOnlyOwnObjects() {
        List<String> leaks = new ArrayList<>();
        int rows = 0;
        for (Who who : List.of(TRAINER, PARTICIPANT, TEAM_LEAD)) {
            PendelUser user = (PendelUser) userDetailsService.loadUserByUsername(who.email);
            signInAs(who);
            open("cursussen");
            List<CourseSummary> listed = items(CourseSummary.class);
            if (listed.stream().noneMatch(c -> c.id() == ids.korrewegwijk())) {
                leaks.add(who + " /cursussen misses the own Korrewegwijk course");
            }
            for (CourseSummary course : listed) {
                rows++;
                CourseAccess access =
                        asAdministrator(() -> courses.access(course.id())).orElseThrow();
                if (!entitled(user, access)) {
                    leaks.add(who + " /cursussen lists " + course.title() + " (" + course.id() + ")");
                }
            }
            open("plannen");
            List<PlanSummary> listedPlans = items(PlanSummary.class);
            if (listedPlans.isEmpty()) {
                leaks.add(who + " /plannen lists no plans, not even the own Korrewegwijk plan");
            }
            for (PlanSummary plan : listedPlans) {
                rows++;
                CourseAccess access =
                        asAdministrator(() -> courses.access(plan.courseId())).orElseThrow();
                boolean ok = entitled(user, access);
                if (ok && who == PARTICIPANT) {
                    Integer own = asAdministrator(() -> subgroups.ofCourse(plan.courseId()).stream()
                            .filter(s -> s.members().contains(user.personId()))
                            .map(CourseSubgroup::number)
                            .findFirst()
                            .orElse(null));
                    ok = own != null && own == plan.subgroupNumber();
                }
                if (!ok) {
                    leaks.add(who + " /plannen lists plan " + plan.id() + " of " + plan.courseTitle() + ", subgroup "
                            + plan.subgroupNumber());
                }
            }
        }
        return new ListCheck(rows, leaks);
    }

    /** The project's rule, written out: trainers their courses, participants theirs once published, leads their team's. */
    private static boolean entitled(PendelUser user, CourseAccess course) {
        if (user.hasRole(Role.TRAINER) && course.isTrainer(user.personId())) {
            return true;
        }
        if (!course.status().visibleToTeam()) {
            return false;
        }
        if (user.hasRole(Role.TEAM_LEAD)) {
            return Long.valueOf(course.teamId()).equals(user.teamId());
        }
        return user.hasRole(Role.PARTICIPANT) && course.participantIds().contains(user.personId());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> items(Class<T> type) {
        List<Grid> grids = LocatorJ._find(Grid.class);
        List<T> items = new ArrayList<>();
        for (Grid<?> grid : grids) {
            for (Object item : GridKt._fetch(grid, 0, GridKt._size(grid))) {
                if (type.isInstance(item)) {
                    items.add((T) item);
                }
            }
        }
        return items;
    }

    // ---- the ids

    /** The ids of the objects in the addresses, as the parameters of the route templates name them. */
    private record Ids(
            long korrewegwijk,
            Map<String, String> own,
            Map<String, String> otherTeam,
            String otherSubgroupPlan,
            List<String> homeworkSnippets) {}

    private Ids lookUpIds() {
        long sanne = personId(PARTICIPANT.email);
        long wouter = personId("wouter.huizinga@pendel.test");
        // the lead's member: a Korrewegwijk participant other than Sanne, whose score-view log other tests read
        long member = personId("gerda.wiersma@pendel.test");
        long korrewegwijk = courseId("teamleider@pendel.test", KORREWEGWIJK);
        long oosterpark = courseId("teamleider.oosterpark@pendel.test", OOSTERPARK);
        return asAdministrator(() -> {
            long meeting = courses.details(korrewegwijk).meetings().getFirst().id();
            int subgroup = numberOf(korrewegwijk, sanne);
            List<PlanSummary> coursePlans = plans.plansOfCourse(korrewegwijk);
            long ownPlan = coursePlans.stream()
                    .filter(p -> p.subgroupNumber() == subgroup)
                    .findFirst()
                    .orElseThrow()
                    .id();
            long otherSubgroupPlan = coursePlans.stream()
                    .filter(p -> p.subgroupNumber() != subgroup)
                    .findFirst()
                    .orElseThrow()
                    .id();
            long moment = assessments.moments(korrewegwijk).getFirst().id();
            long otherMeeting =
                    courses.details(oosterpark).meetings().getFirst().id();
            int otherSubgroup = numberOf(oosterpark, wouter);
            long otherMoment = assessments.moments(oosterpark).getFirst().id();
            long otherPlan = anotherTeamsPlan();
            long session = sessionOf(korrewegwijk, subgroup);
            long otherSession = sessionOf(oosterpark, otherSubgroup);
            Map<String, String> own = Map.of(
                    "sessionId", "" + session,
                    "courseId", "" + korrewegwijk,
                    "meetingId", "" + meeting,
                    "subgroup", "" + subgroup,
                    "momentId", "" + moment,
                    "personId", "" + member,
                    "planId", "" + ownPlan);
            Map<String, String> otherTeam = Map.of(
                    "sessionId", "" + otherSession,
                    "courseId", "" + oosterpark,
                    "meetingId", "" + otherMeeting,
                    "subgroup", "" + otherSubgroup,
                    "momentId", "" + otherMoment,
                    "personId", "" + wouter,
                    "planId", "" + otherPlan);
            List<String> snippets = new ArrayList<>();
            for (CourseSubgroup each : subgroups.ofCourse(korrewegwijk)) {
                for (Briefing.Entry entry :
                        briefings.briefing(korrewegwijk, meeting, each.number()).entries()) {
                    snippets.add(snippet(entry.submission().body()));
                }
            }
            return new Ids(
                    korrewegwijk,
                    own,
                    otherTeam,
                    Long.toString(otherSubgroupPlan),
                    snippets.stream().distinct().toList());
        });
    }

    /** A plan of a course of another team (Oosterpark, closed, has none). */
    private long anotherTeamsPlan() {
        var course = planFixtures.published(4);
        return SystemAuthentication.runAs(
                userDetailsService.loadUserByUsername(course.member(1, 0).email()),
                () -> plans.start(course.id(), null));
    }

    /** The start of a homework text, without markdown, as a page would show it. */
    private static String snippet(String body) {
        String plain = body.strip();
        int markup = plain.indexOf('*');
        if (markup > 0) {
            plain = plain.substring(0, markup);
        }
        return plain.substring(0, Math.min(plain.length(), 40)).strip();
    }

    private long personId(String email) {
        return ((PendelUser) userDetailsService.loadUserByUsername(email)).personId();
    }

    private long courseId(String viewer, String title) {
        return SystemAuthentication.runAs(
                        userDetailsService.loadUserByUsername(viewer),
                        () -> courses.visibleCourses(Pageable.ofSize(500)))
                .stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("demo course missing: " + title))
                .id();
    }

    /** The number of the person's subgroup in the course; run as an administrator. */
    /** The first session of this subgroup of the course. */
    private long sessionOf(long courseId, int subgroup) {
        return schedule.sessions(courseId).stream()
                .filter(s -> s.subgroupNumber() == subgroup)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private int numberOf(long courseId, long personId) {
        return subgroups.ofCourse(courseId).stream()
                .filter(s -> s.members().contains(personId))
                .findFirst()
                .orElseThrow()
                .number();
    }

    private static <T> T asAdministrator(Supplier<T> work) {
        return SystemAuthentication.runAsAdministrator(work);
    }

    // ---- routes and navigation

    /** What a refused visitor sees instead. */
    private Class<? extends Component> refusal(Who who, String template) {
        if (who == ANONYMOUS) {
            return LoginView.class;
        }
        if (template.equals("login")) {
            return routes.get("");
        }
        return NotFoundView.class;
    }

    private void signInAs(Who who) {
        newBrowserSession();
        if (who.email != null) {
            login(who.email);
        }
    }

    /** Opens the address and names the view that shows, or the exception that came instead. */
    private String openAndDescribe(String url) {
        try {
            open(url);
        } catch (RuntimeException e) {
            return "exception " + e;
        }
        Component view = currentView();
        return view == null
                ? "nothing"
                : org.springframework.util.ClassUtils.getUserClass(view).getSimpleName();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
