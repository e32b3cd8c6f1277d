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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The application the benchmark runs against: either started here as its own JVM (the build's
 * classes on the runtime class path, or a jar), on the embedded MariaDB in a fresh temporary data
 * folder with the demo and load data, or one already running at {@code load.url}. Its JVM is read
 * through JMX (attached by process id): heap after a forced full GC, CPU and GC time.
 */
final class AppUnderTest implements AutoCloseable {

    private final String url;
    private final Process process;
    private final long pid;
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

    /** Starts the application with {@code teams} load teams and waits until it is ready. */
    static AppUnderTest start(String classpath, String jar, String jvmOptions, int teams, File logFile)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        if (jar != null && !jar.isBlank()) {
            command.addAll(List.of("-jar", jar));
        } else {
            command.addAll(List.of("-cp", classpath, "nl.pendel.PendelApplication"));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--pendel.embedded-db.ephemeral=true",
                "--pendel.demo-data=true",
                "--pendel.demo.load-teams=" + teams,
                "--pendel.mail.delivery=keep",
                // development mode records where every component was created (a stack trace each)
                // for the dev tools; production mode never does, so neither does the benchmark
                "--vaadin.devmode.componentTracker.enabled=false",
                "--vaadin.launch-browser=false"));
        logFile.getParentFile().mkdirs();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        AppUnderTest app = new AppUnderTest("http://localhost:" + port + "/", process, process.pid());
        app.awaitReady(Duration.ofMinutes(30));
        return app;
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
                        HttpRequest.newBuilder(URI.create(url + "actuator/health/readiness"))
                                .build(),
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
    }
}
