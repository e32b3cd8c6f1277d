package nl.pendel.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Memory per session, Vaadin's way: live heap after a full GC with N signed-in sessions open
 * versus without them, divided by N. Each session is a professional with a UI open on "Mijn
 * bijeenkomsten"; then the same sessions move on to their plan page (the heaviest of their main
 * screens) and the heap is measured again. The sessions sign out afterwards.
 */
final class SessionMemory {

    private final AppUnderTest app;
    private final HttpClient http;
    private final LoadBenchmark.Settings settings;
    private final LoadBenchmark.Report out;

    SessionMemory(AppUnderTest app, HttpClient http, LoadBenchmark.Settings settings, LoadBenchmark.Report out) {
        this.app = app;
        this.http = http;
        this.settings = settings;
        this.out = out;
    }

    void measure() throws Exception {
        int n = settings.memorySessions();
        Recorder quiet = new Recorder();
        // warm-up: a few sessions so that one-time costs (classes, caches) are in the baseline
        List<Journey> warm = open(participants(0, 5), quiet, "mijn-sessies");
        signOut(warm);
        long baseline = app.liveHeapAfterGc();
        java.util.Map<String, Long> before = histogram();
        List<Journey> sessions = open(participants(5, n), quiet, "mijn-sessies");
        long withSessions = app.liveHeapAfterGc();
        java.util.Map<String, Long> onSessions = histogram();
        out.line("");
        out.line("memory per session: %d signed-in sessions, live heap after full GC %d MB -> %d MB"
                .formatted(sessions.size(), baseline >> 20, withSessions >> 20));
        out.line("  on \"Mijn bijeenkomsten\": %.0f KB per session (target <= 250 KB)"
                .formatted((withSessions - baseline) / 1024.0 / sessions.size()));
        parallel(sessions, journey -> journey.client().navigate(planRoute(journey), "memory"));
        long onPlans = app.liveHeapAfterGc();
        out.line("  on their plan page:      %.0f KB per session"
                .formatted((onPlans - baseline) / 1024.0 / sessions.size()));
        printGrowth("Mijn bijeenkomsten", before, onSessions, sessions.size());
        printGrowth("plan page", before, histogram(), sessions.size());
        out.line("  (" + LoadBenchmark.Machine.uptime() + ")");
        signOut(sessions);
        Recorder.Window errors = quiet.totals();
        if (errors.errorCount() > 0) {
            out.line("  errors while opening the sessions: " + errors.errors());
        }
    }

    /**
     * With {@code -Dload.memory.histogram=true} (and an observable server): the live objects by
     * class ({@code jcmd GC.class_histogram}, after a full GC), to see what a session holds.
     */
    private java.util.Map<String, Long> histogram() throws IOException, InterruptedException {
        java.util.Map<String, Long> bytes = new java.util.HashMap<>();
        if (!Boolean.getBoolean("load.memory.histogram") || !app.observable()) {
            return bytes;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String jcmd = java.substring(0, java.length() - "java".length()) + "jcmd";
        Process process = new ProcessBuilder(jcmd, String.valueOf(app.pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        for (String line : new String(process.getInputStream().readAllBytes()).split("\n")) {
            // "   1:    123456    7890123  java.lang.String (java.base@25)"
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
            }
        }
        process.waitFor();
        return bytes;
    }

    private void printGrowth(
            String screen, java.util.Map<String, Long> before, java.util.Map<String, Long> after, int n) {
        if (after.isEmpty()) {
            return;
        }
        out.line("  what a session on %s holds, bytes per session by class (top 30):".formatted(screen));
        after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / n))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(30)
                .forEach(e -> out.line("    %8d  %s".formatted(e.getValue(), e.getKey())));
    }

    private static String planRoute(Journey journey) throws VaadinClient.Failure {
        journey.client().navigate("plannen", "memory");
        return journey.client()
                .tree()
                .find(
                        "a",
                        n -> n.attribute("href") != null && n.attribute("href").matches("plannen/\\d+"))
                .map(n -> n.attribute("href"))
                .orElseThrow(() -> new VaadinClient.Failure("journey", "no plan"));
    }

    /** The user numbers of {@code count} professionals (no leads), from the {@code skip}-th on. */
    private static List<Integer> participants(int skip, int count) {
        List<Integer> users = new ArrayList<>();
        int u = 0;
        int seen = 0;
        while (users.size() < count) {
            if (u % Journey.TEAM_SIZE != 0) {
                if (seen++ >= skip) {
                    users.add(u);
                }
            }
            u++;
        }
        return users;
    }

    private List<Journey> open(List<Integer> users, Recorder recorder, String route) throws Exception {
        List<Journey> journeys = new ArrayList<>();
        for (int user : users) {
            journeys.add(new Journey(user, http, app.url(), recorder, 0, () -> false));
        }
        parallel(journeys, journey -> journey.signIn(route));
        return journeys;
    }

    private static void signOut(List<Journey> journeys) throws Exception {
        parallel(journeys, journey -> journey.client()
                .tree()
                .find("vaadin-button", n -> journey.client().tree().text(n).equals("Uitloggen"))
                .ifPresent(button -> {
                    try {
                        journey.client().click(button, "memory");
                    } catch (VaadinClient.Failure signedOut) {
                        // the answer to signing out is a redirect to the login page
                    }
                }));
    }

    interface Step {
        void on(Journey journey) throws VaadinClient.Failure;
    }

    /** Runs a step for every session, a few at a time (the server is not under load here). */
    private static void parallel(List<Journey> journeys, Step step) throws Exception {
        try (ExecutorService pool =
                Executors.newFixedThreadPool(4, Thread.ofVirtual().factory())) {
            List<Future<?>> done = new ArrayList<>();
            for (Journey journey : journeys) {
                done.add(pool.submit(() -> {
                    step.on(journey);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException(
                            "a session could not be opened: " + e.getCause().getMessage(), e);
                }
            }
        }
    }
}
