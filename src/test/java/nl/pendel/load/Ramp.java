package nl.pendel.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Adds simulated users step by step (each step's newcomers spread evenly over it), prints one
 * line per step, and stops by itself: after holding the target for {@code load.hold-seconds}, or at
 * the first step whose p95 passes {@code load.stop-p95-ms}. "Reached" is the most users at which a
 * whole step stayed within p95 ≤ 200 ms, p99 ≤ 500 ms and no errors.
 */
final class Ramp {

    static final double TARGET_P95 = 200;
    static final double TARGET_P99 = 500;

    private final AppUnderTest app;
    private final HttpClient http;
    private final LoadBenchmark.Settings settings;
    private final Recorder recorder;
    private final LoadBenchmark.Report out;

    Ramp(
            AppUnderTest app,
            HttpClient http,
            LoadBenchmark.Settings settings,
            Recorder recorder,
            LoadBenchmark.Report out) {
        this.app = app;
        this.http = http;
        this.settings = settings;
        this.recorder = recorder;
        this.out = out;
    }

    void run() throws InterruptedException, IOException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> users = new ArrayList<>();
        out.line("");
        out.line("ramp: step start -> end of step (every request of the step; login = the sign-in POST)");
        out.line(
                " time  users   reqs  req/s    p50    p95    p99     max errors | server cpu machine cpu  heap MB  gc ms | load avg");
        long started = System.nanoTime();
        long measuredNanos = 0;
        long measuredRequests = 0;
        int reached = 0;
        String stopReason = "target held";
        AppUnderTest.Load before = app.observable() ? app.load() : null;
        int target = 0;
        long heldSince = -1;
        while (true) {
            int next = Math.min(settings.users(), target + settings.step());
            long stepStart = System.nanoTime();
            long stepNanos = settings.stepSeconds() * 1_000_000_000L;
            int newcomers = next - target;
            for (int u = target; u < next; u++) {
                Journey journey = new Journey(u, http, app.url(), recorder, settings.thinkMillis(), running::get);
                users.add(Thread.ofVirtual().name("user-" + u).start(journey));
                // evenly over the step: each newcomer signs in first, and a sign-in (Argon2id) is the
                // costliest request there is
                Thread.sleep(Math.max(1, stepNanos / 1_000_000 / Math.max(1, newcomers)));
            }
            target = next;
            long left = stepNanos - (System.nanoTime() - stepStart);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
            Recorder.Window window = recorder.closeWindow();
            double seconds = (System.nanoTime() - stepStart) / 1e9;
            Recorder.Summary all = window.all();
            AppUnderTest.Load now = app.observable() ? app.load() : null;
            out.line(line((System.nanoTime() - started) / 1e9, target, all, seconds, window.errorCount(), before, now));
            before = now;
            measuredNanos += System.nanoTime() - stepStart;
            measuredRequests += all.count();
            if (all.p95() <= TARGET_P95 && all.p99() <= TARGET_P99 && window.errorCount() == 0) {
                reached = Math.max(reached, target);
            }
            if (all.p95() > settings.stopP95()) {
                stopReason = "p95 %.0f ms passed the stop threshold %.0f ms".formatted(all.p95(), settings.stopP95());
                break;
            }
            if (target == settings.users()) {
                heldSince = heldSince < 0 ? System.nanoTime() : heldSince;
                if ((System.nanoTime() - heldSince) / 1e9 >= settings.holdSeconds()) {
                    break;
                }
            }
        }
        running.set(false);
        users.forEach(Thread::interrupt);
        for (Thread user : users) {
            user.join(10_000);
        }
        summary(target, reached, stopReason, measuredRequests, measuredNanos / 1e9);
    }

    private static String line(
            double t,
            int users,
            Recorder.Summary all,
            double seconds,
            long errors,
            AppUnderTest.Load before,
            AppUnderTest.Load now) {
        String server = now == null
                ? "          -           -        -      -"
                : "%9.0f%% %10.0f%% %8d %6d"
                        .formatted(
                                now.processCpu() * 100,
                                now.machineCpu() * 100,
                                now.heapUsed() >> 20,
                                before == null ? 0 : now.gcMillis() - before.gcMillis());
        return "%5.0f %6d %6d %6.1f %6.0f %6.0f %6.0f %7.0f %6d | %s | %s"
                .formatted(
                        t,
                        users,
                        all.count(),
                        all.count() / seconds,
                        all.p50(),
                        all.p95(),
                        all.p99(),
                        all.max(),
                        errors,
                        server,
                        LoadBenchmark.Machine.loadAverage());
    }

    private void summary(int users, int reached, String stopReason, long requests, double seconds) {
        Recorder.Window total = recorder.totals();
        out.line("");
        out.line("stopped: " + stopReason + "; users at the end: " + users);
        out.line("round-trip times per kind of request over the whole run (ms):");
        out.line("  %-22s %7s %7s %7s %7s %8s".formatted("kind", "count", "p50", "p95", "p99", "max"));
        for (Map.Entry<String, Recorder.Summary> kind : total.byKind().entrySet()) {
            Recorder.Summary s = kind.getValue();
            out.line("  %-22s %7d %7.0f %7.0f %7.0f %8.0f"
                    .formatted(kind.getKey(), s.count(), s.p50(), s.p95(), s.p99(), s.max()));
        }
        out.line("errors: " + (total.errors().isEmpty() ? "none" : total.errors()));
        out.line("not errors, counted: " + (recorder.events().isEmpty() ? "none" : recorder.events()));
        out.line("throughput: %.1f requests/s on average (%d requests in %.0f s)"
                .formatted(requests / seconds, requests, seconds));
        Recorder.Summary all = total.all();
        boolean met = reached >= settings.users() && settings.users() >= 2000;
        out.line(("RESULT: %d concurrent users reached within p95 <= %.0f ms, p99 <= %.0f ms and no errors"
                        + " (whole run: p95 %.0f ms, p99 %.0f ms, %d errors); target 2000 users: %s")
                .formatted(
                        reached,
                        TARGET_P95,
                        TARGET_P99,
                        all.p95(),
                        all.p99(),
                        total.errorCount(),
                        met ? "MET" : "not met in this run"));
        out.line("machine at the end: " + LoadBenchmark.Machine.uptime());
    }
}
