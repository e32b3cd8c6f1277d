package nl.pendel.load;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * One simulated person, on one virtual thread. Team k of the load data ({@code pendel.demo.load-teams})
 * has a lead and 24 professionals; user u is person {@code u % 25} of team {@code u / 25 + 1}
 * (person 0 the lead). A professional signs in and then, round after round with think time
 * between every step: "Mijn bijeenkomsten"; their homework list, the open assignment, a draft
 * typed and saved; their subgroup's plan, one section edited and saved. A lead opens the course
 * list, clicks their course, opens its dashboard, and looks at their team.
 */
final class Journey implements Runnable {

    static final String PASSWORD = "welkom-in-pendel";
    static final int TEAM_SIZE = 25;
    private static final Pattern PLAN_LINK = Pattern.compile("plannen/\\d+");
    private static final Pattern HOMEWORK_LINK = Pattern.compile("huiswerk/\\d+/\\d+");

    private final int user;
    private final VaadinClient client;
    private final Recorder recorder;
    private final long thinkMillis;
    private final BooleanSupplier running;
    private int round;

    Journey(int user, HttpClient http, String base, Recorder recorder, long thinkMillis, BooleanSupplier running) {
        this.user = user;
        this.client = new VaadinClient(http, base, recorder);
        this.recorder = recorder;
        this.thinkMillis = thinkMillis;
        this.running = running;
    }

    static String email(int user) {
        int team = user / TEAM_SIZE + 1;
        int person = user % TEAM_SIZE;
        return person == 0
                ? "laadtest" + team + ".teamleider@pendel.test"
                : "laadtest%d.deelnemer%02d@pendel.test".formatted(team, person);
    }

    boolean isLead() {
        return user % TEAM_SIZE == 0;
    }

    /** Signs in and opens the first screen; used alone by the memory measurement. */
    void signIn(String firstRoute) throws VaadinClient.Failure {
        client.login(email(user), PASSWORD);
        client.open(firstRoute);
    }

    VaadinClient client() {
        return client;
    }

    @Override
    public void run() {
        boolean signedIn = false;
        boolean fresh = true;
        while (running.getAsBoolean()) {
            try {
                if (!signedIn) {
                    client.login(email(user), PASSWORD);
                    signedIn = true;
                    fresh = true;
                }
                if (fresh) {
                    client.open(isLead() ? "" : "mijn-sessies");
                    fresh = false;
                    think();
                }
                if (isLead()) {
                    leadRound();
                } else {
                    participantRound();
                }
                round++;
            } catch (VaadinClient.Failure failure) {
                if (!running.getAsBoolean()) {
                    break; // stopped in the middle of a request: not the server's doing
                }
                recorder.error(failure.kind);
                if (LoadBenchmark.VERBOSE) {
                    System.out.println(Instant.now() + " user " + user + " " + failure.getMessage());
                }
                signedIn = !failure.kind.equals("session-expired") && !failure.kind.equals("redirect");
                fresh = true;
                think();
            } catch (RuntimeException unexpected) {
                recorder.error("client-" + unexpected.getClass().getSimpleName());
                if (LoadBenchmark.VERBOSE) {
                    unexpected.printStackTrace(System.out);
                }
                fresh = true;
                think();
            }
        }
    }

    private void participantRound() throws VaadinClient.Failure {
        client.navigate("mijn-sessies", "nav:mijn-sessies");
        expect(!client.tree().all("h3", n -> true).isEmpty(), "no session on Mijn bijeenkomsten");
        think();

        client.navigate("huiswerk", "nav:huiswerk");
        String assignment = link(HOMEWORK_LINK, "Openen");
        think();
        client.navigate(assignment, "nav:huiswerk-editor");
        UiTree.Node text = client.tree()
                .byId("vaadin-text-area", "homework-text")
                .orElseThrow(() -> new VaadinClient.Failure("journey", "no homework editor"));
        think();
        client.type(
                text,
                "Ronde " + round + " van " + email(user) + ": **buurtnetwerk** in kaart brengen.",
                "homework-draft");
        expect(
                !client.tree()
                        .all("span", n -> client.tree().text(n).startsWith("Concept bewaard"))
                        .isEmpty(),
                "draft not confirmed");
        think();

        client.navigate("plannen", "nav:plannen");
        String plan = link(PLAN_LINK, null);
        think();
        client.navigate(plan, "nav:plan");
        // the sections this person may edit: their HTML offers an edit button (data-action="edit")
        List<UiTree.Node> editable = client.tree().all("div", n -> {
            String id = n.attribute("id");
            return id != null
                    && id.startsWith("section-")
                    && client.tree().children(n).stream()
                            .anyMatch(c ->
                                    c.properties.getOrDefault("innerHTML", "").contains("data-action=\"edit\""));
        });
        expect(!editable.isEmpty(), "no section to edit");
        UiTree.Node section = editable.get((user % TEAM_SIZE + round) % editable.size());
        String key = section.attribute("id").substring("section-".length());
        client.clickAction(section, "edit", "plan-edit");
        List<UiTree.Node> areas = client.tree().all("vaadin-text-area", n -> n.classes.contains("section-editor"));
        expect(!areas.isEmpty(), "no section editor");
        UiTree.Node area = areas.getLast(); // the one just opened: the newest node
        think();
        client.type(area, "Ronde " + round + ": een voorstel voor dit onderdeel, versie " + user + ".", "plan-draft");
        UiTree.Node save = client.tree()
                .byId("vaadin-button", "save-" + key)
                .orElseThrow(() -> new VaadinClient.Failure(
                        "journey",
                        "no save button save-" + key + " among "
                                + client.tree().all("vaadin-button", n -> true).stream()
                                        .map(n -> n.attribute("id"))
                                        .toList()));
        client.click(save, "plan-save");
        if (client.tree()
                .find("vaadin-dialog", n -> "true".equals(n.properties.get("opened")))
                .isPresent()) {
            // someone saved this section in between: the user is shown both texts (not an error)
            recorder.count("plan-conflict-dialog");
            client.open("mijn-sessies");
        } else if (client.tree()
                .find("vaadin-confirm-dialog", n -> "true".equals(n.properties.get("opened")))
                .isPresent()) {
            throw new VaadinClient.Failure("journey", "the privacy guard asked to confirm the plan text");
        }
        think();
    }

    private void leadRound() throws VaadinClient.Failure {
        client.navigate("cursussen", "nav:cursussen");
        UiTree.Node grid = client.tree()
                .find("vaadin-grid", n -> n.listensTo("item-click"))
                .orElseThrow(() -> new VaadinClient.Failure("journey", "no course list"));
        List<String> keys = client.gridItemKeys(grid);
        expect(!keys.isEmpty(), "no course in the list");
        think();
        client.itemClick(grid, keys.getFirst(), "course-open");
        String dashboard = client.tree()
                .find(
                        "a",
                        n -> n.attribute("href") != null && n.attribute("href").endsWith("/dashboard"))
                .map(n -> n.attribute("href").replaceFirst("^/", ""))
                .orElseThrow(() -> new VaadinClient.Failure("journey", "no dashboard tab"));
        think();
        client.navigate(dashboard, "nav:dashboard");
        think();
        client.navigate("mijn-team", "nav:mijn-team");
        think();
    }

    private String link(Pattern href, String text) throws VaadinClient.Failure {
        return client.tree()
                .find("a", n -> {
                    String target = n.attribute("href");
                    return target != null
                            && href.matcher(target).matches()
                            && (text == null || client.tree().text(n).contains(text));
                })
                .map(n -> n.attribute("href"))
                .orElseThrow(() -> new VaadinClient.Failure("journey", "no link like " + href));
    }

    private static void expect(boolean condition, String what) throws VaadinClient.Failure {
        if (!condition) {
            throw new VaadinClient.Failure("journey", what);
        }
    }

    private void think() {
        if (thinkMillis <= 0 || !running.getAsBoolean()) {
            return;
        }
        long pause = ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3 / 2 + 1);
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
