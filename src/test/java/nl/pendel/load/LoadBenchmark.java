package nl.pendel.load;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load benchmark: {@code mvn -Pload verify} (see docs/performance.md). Starts the application
 * (or uses {@code -Dload.url}), measures the memory per session, then ramps simulated users up in
 * steps until the target is reached and held, or a step's p95 passes {@code load.stop-p95-ms}.
 * Prints one line per step and a summary; also written to {@code target/load/report.txt}.
 */
public final class LoadBenchmark {

    static final boolean VERBOSE = Boolean.getBoolean("load.verbose");

    private final Settings settings = Settings.fromSystemProperties();
    private final Recorder recorder = new Recorder();
    private final Report out;

    private LoadBenchmark(Report out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        // the MariaDB server started here writes every line of its start-up to the log
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ch.vorburger"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path reportFile = Path.of(System.getProperty("load.report", "target/load/report.txt"));
        Files.createDirectories(reportFile.getParent());
        try (Report report = new Report(new PrintStream(reportFile.toFile(), "UTF-8"))) {
            new LoadBenchmark(report).run(reportFile);
        }
        System.exit(0);
    }

    private void run(Path reportFile) throws Exception {
        out.line("Pendel load benchmark, " + Instant.now());
        out.line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + Machine.loadAverage() + " (" + Machine.uptime() + ")");
        out.line(settings.describe());
        try (AppUnderTest app = startApp()) {
            out.line("application: " + app.url() + (app.observable() ? " (pid " + app.pid() + ")" : ""));
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .build();
            if (settings.memorySessions() > 0) {
                if (app.observable()) {
                    new SessionMemory(app, http, settings, out).measure();
                } else {
                    out.line("memory per session: skipped (give -Dload.pid=<server pid> with -Dload.url)");
                }
            }
            if (settings.users() > 0) {
                new Ramp(app, http, settings, recorder, out).run();
            }
        }
        out.line("report written to " + reportFile.toAbsolutePath());
    }

    private AppUnderTest startApp() throws IOException, InterruptedException {
        if (!settings.url().isBlank()) {
            return AppUnderTest.running(settings.url(), settings.pid());
        }
        long start = System.nanoTime();
        AppUnderTest app;
        if (settings.jar().isBlank()) {
            out.line("starting the development build with " + settings.teams() + " load teams ("
                    + settings.teams() * Journey.TEAM_SIZE + " accounts); this loads their data first ...");
            app = AppUnderTest.start(
                    settings.classpath(), settings.appJvm(), settings.teams(), new File("target/load/app.log"));
        } else {
            out.line("starting a MariaDB server, filling it with the demo data and " + settings.teams()
                    + " load teams (" + settings.teams() * Journey.TEAM_SIZE
                    + " accounts) through the development build, then the production jar "
                    + settings.jar() + " on it ...");
            app = AppUnderTest.startProduction(
                    settings.classpath(),
                    settings.jar(),
                    settings.appJvm(),
                    settings.teams(),
                    Path.of(System.getProperty("user.home"), ".pendel", "load-benchmark"),
                    new File("target/load"));
        }
        out.line("application ready after %.0f s (log: target/load/app.log)"
                .formatted((System.nanoTime() - start) / 1e9));
        return app;
    }

    /** Printed and written to the report file. */
    static final class Report implements AutoCloseable {
        private final PrintStream file;

        Report(PrintStream file) {
            this.file = file;
        }

        synchronized void line(String text) {
            System.out.println(text);
            file.println(text);
            file.flush();
        }

        @Override
        public void close() {
            file.close();
        }
    }

    /** The machine's load, next to every figure (other work on it changes them). */
    static final class Machine {
        static String loadAverage() {
            try {
                String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return parts[0] + " " + parts[1] + " " + parts[2];
            } catch (IOException e) {
                return "unknown";
            }
        }

        static String uptime() {
            try {
                Process p =
                        new ProcessBuilder("uptime").redirectErrorStream(true).start();
                return new String(p.getInputStream().readAllBytes()).strip();
            } catch (IOException e) {
                return "uptime unknown";
            }
        }
    }

    /** Everything the run can be told, as {@code -Dload.*} system properties. */
    record Settings(
            String url,
            long pid,
            int users,
            int step,
            int stepSeconds,
            int holdSeconds,
            long thinkMillis,
            double stopP95,
            int memorySessions,
            int teams,
            String classpath,
            String jar,
            String appJvm) {

        static Settings fromSystemProperties() {
            int users = Integer.getInteger("load.users", 100);
            int memory = Integer.getInteger("load.memory.sessions", 100);
            int needed = Math.max(users, memory + 10);
            return new Settings(
                    System.getProperty("load.url", "").trim(),
                    Long.getLong("load.pid", 0),
                    users,
                    Integer.getInteger("load.step", Math.max(1, users / 4)),
                    Integer.getInteger("load.step-seconds", 60),
                    Integer.getInteger("load.hold-seconds", 120),
                    Long.getLong("load.think-ms", 10_000),
                    Double.parseDouble(System.getProperty("load.stop-p95-ms", "1000")),
                    memory,
                    Integer.getInteger("load.teams", (needed + Journey.TEAM_SIZE - 1) / Journey.TEAM_SIZE),
                    System.getProperty("load.app.classpath", System.getProperty("java.class.path")),
                    Boolean.getBoolean("load.development") ? "" : System.getProperty("load.jar", ""),
                    System.getProperty("load.app.jvm", "-Xms1g -Xmx2g -XX:+UseG1GC"));
        }

        String describe() {
            return ("settings: users=%d step=%d every %d s, hold %d s at the top, think time %d ms (±50%%),"
                                    + " stop when a step's p95 > %.0f ms; memory sessions=%d; load teams=%d; app JVM: %s")
                            .formatted(
                                    users,
                                    step,
                                    stepSeconds,
                                    holdSeconds,
                                    thinkMillis,
                                    stopP95,
                                    memorySessions,
                                    teams,
                                    url.isBlank() ? appJvm : "(already running)")
                    + (url.isBlank()
                            ? "; build: " + (jar.isBlank() ? "development (classes)" : "production jar " + jar)
                            : "");
        }
    }

    static List<Thread> startUsers(int from, int to, Runnable[] journeys) {
        List<Thread> threads = new ArrayList<>();
        for (int i = from; i < to; i++) {
            threads.add(Thread.ofVirtual().name("user-" + i).start(journeys[i]));
        }
        return threads;
    }

    static AtomicBoolean flag() {
        return new AtomicBoolean(true);
    }
}
