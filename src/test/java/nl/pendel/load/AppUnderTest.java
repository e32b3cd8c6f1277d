package nl.pendel.load;

import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.io.File;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import nl.pendel.database.TestDatabaseServer;

/**
 * The application the benchmark runs against, one of three:
 * <ul>
 *   <li>the production jar ({@link #startProduction}): a MariaDB server of its own is started
 *       here, the development build (the build's classes, which hold the demo data) fills it with
 *       the demo and load data once and stops, then the production jar runs on it in its
 *       {@code production} profile, as an operator would run it;
 *   <li>the development build ({@link #start}): the build's classes on the runtime class path on
 *       the embedded MariaDB in a fresh temporary data folder, with the demo and load data;
 *   <li>one already running at {@code load.url} ({@link #running}).
 * </ul>
 * Its JVM is read through JMX (attached by process id): heap after a forced full GC, CPU and GC
 * time.
 */
final class AppUnderTest implements AutoCloseable {

    private final String url;
    private final Process process;
    private final long pid;
    private AutoCloseable database;
    private JMXConnector jmx;
    private MemoryMXBean memory;
    private OperatingSystemMXBean os;
    private List<GarbageCollectorMXBean> collectors = List.of();

    private AppUnderTest(String url, Process process, long pid) {
        this.url = url;
        this.process = process;
        this.pid = pid;
    }

    /** An application someone else started; {@code pid} 0 when it cannot be observed. */
    static AppUnderTest running(String url, long pid) {
        return new AppUnderTest(url, null, pid);
    }

    /** Starts the development build with {@code teams} load teams and waits until it is ready. */
    static AppUnderTest start(String classpath, String jvmOptions, int teams, File logFile)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                "--pendel.embedded-db.ephemeral=true",
                "--pendel.demo-data=true",
                "--pendel.demo.load-teams=" + teams,
                "--pendel.mail.delivery=keep",
                // development mode records where every component was created (a stack trace each)
                // for the dev tools; production mode never does, so neither does the benchmark
                "--vaadin.devmode.componentTracker.enabled=false",
                "--vaadin.launch-browser=false"));
        return launch(List.of("-cp", classpath, "nl.pendel.PendelApplication"), jvmOptions, arguments, logFile);
    }

    /**
     * Starts a MariaDB server in {@code dataDir} (emptied first), fills it with the demo data and
     * {@code teams} load teams through the development build on {@code classpath} (which then
     * stops), and starts the production {@code jar} on it.
     */
    static AppUnderTest startProduction(
            String classpath, String jar, String jvmOptions, int teams, Path dataDir, File logFolder)
            throws IOException, InterruptedException {
        deleteRecursively(dataDir);
        TestDatabaseServer database = TestDatabaseServer.start(dataDir, "pendel");
        try {
            List<String> databaseArguments = List.of(
                    "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=root",
                    "--spring.datasource.password=",
                    "--pendel.mail.delivery=keep");
            List<String> seed = new ArrayList<>(databaseArguments);
            seed.addAll(List.of(
                    "--pendel.demo-data=true", "--pendel.demo.load-teams=" + teams, "--vaadin.launch-browser=false"));
            try (AppUnderTest filler = launch(
                    List.of("-cp", classpath, "nl.pendel.PendelApplication"),
                    "-Xmx2g",
                    seed,
                    new File(logFolder, "fill.log"))) {
                // ready means the demo and load data are in
            }
            List<String> production = new ArrayList<>(databaseArguments);
            // the benchmark speaks plain HTTP to the node, as the TLS proxy in front of it would;
            // a Secure cookie would never be sent back over it
            production.add("--server.servlet.session.cookie.secure=false");
            production.add("--management.server.port=0");
            AppUnderTest app = launch(List.of("-jar", jar), jvmOptions, production, new File(logFolder, "app.log"));
            app.database = database;
            return app;
        } catch (IOException | InterruptedException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static AppUnderTest launch(List<String> main, String jvmOptions, List<String> arguments, File logFile)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        command.addAll(main);
        command.add("--server.port=" + port);
        command.addAll(arguments);
        logFile.getParentFile().mkdirs();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        AppUnderTest app = new AppUnderTest("http://localhost:" + port + "/", process, process.pid());
        try {
            app.awaitReady(Duration.ofMinutes(30));
        } catch (IOException | InterruptedException e) {
            app.close();
            throw new IOException(e.getMessage() + " (log: " + logFile + ")", e);
        }
        return app;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IOException("the application stopped while starting (exit " + process.exitValue() + ")");
            }
            try {
                HttpResponse<String> readiness = http.send(
                        HttpRequest.newBuilder(URI.create(url + "readyz")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(2000);
        }
        throw new IOException("the application was not ready within " + timeout);
    }

    String url() {
        return url;
    }

    long pid() {
        return pid;
    }

    boolean observable() {
        return pid > 0;
    }

    private void connect() throws IOException {
        if (jmx != null) {
            return;
        }
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            address = vm.startLocalManagementAgent();
            vm.detach();
        } catch (Exception e) {
            throw new IOException("cannot attach to process " + pid + ": " + e, e);
        }
        jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
        MBeanServerConnection server = jmx.getMBeanServerConnection();
        memory = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        os = ManagementFactory.newPlatformMXBeanProxy(
                server, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
        List<GarbageCollectorMXBean> found = new ArrayList<>();
        ObjectName pattern;
        try {
            pattern = new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*");
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
        for (ObjectName name : server.queryNames(pattern, null)) {
            found.add(ManagementFactory.newPlatformMXBeanProxy(
                    server, name.getCanonicalName(), GarbageCollectorMXBean.class));
        }
        collectors = found;
    }

    /** Heap in use after full collections (the least of three), in bytes. */
    long liveHeapAfterGc() throws IOException, InterruptedException {
        connect();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(500);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** The server's CPU (share of the whole machine), heap in use and total GC milliseconds so far. */
    record Load(double processCpu, double machineCpu, long heapUsed, long heapMax, long gcMillis) {}

    Load load() throws IOException {
        connect();
        long gc = collectors.stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
        var heap = memory.getHeapMemoryUsage();
        return new Load(os.getProcessCpuLoad(), os.getCpuLoad(), heap.getUsed(), heap.getMax(), gc);
    }

    @Override
    public void close() throws IOException {
        if (jmx != null) {
            jmx.close();
        }
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                throw new IOException("the database did not stop: " + e, e);
            }
        }
    }
}
