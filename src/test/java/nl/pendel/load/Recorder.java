package nl.pendel.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round-trip times per kind of request and errors per kind, for the whole run and for the current
 * window (one ramp step). Percentiles are exact (every sample kept; a run has some 10^5–10^6).
 */
final class Recorder {

    /** Samples of one kind, in microseconds. */
    static final class Samples {
        private long[] values = new long[256];
        private int size;

        synchronized void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        synchronized void addAll(Samples other) {
            synchronized (other) {
                for (int i = 0; i < other.size; i++) {
                    add(other.values[i]);
                }
            }
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    /** Percentiles of a sorted array of microseconds, in milliseconds. */
    record Summary(int count, double p50, double p95, double p99, double max) {
        static Summary of(long[] sorted) {
            if (sorted.length == 0) {
                return new Summary(0, 0, 0, 0, 0);
            }
            return new Summary(
                    sorted.length,
                    at(sorted, 0.50),
                    at(sorted, 0.95),
                    at(sorted, 0.99),
                    sorted[sorted.length - 1] / 1000.0);
        }

        private static double at(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1000.0;
        }
    }

    private final Map<String, Samples> total = new ConcurrentHashMap<>();
    private volatile Map<String, Samples> window = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> totalErrors = new ConcurrentHashMap<>();
    private volatile Map<String, AtomicLong> windowErrors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> events = new ConcurrentHashMap<>();

    void record(String kind, long nanos) {
        long micros = nanos / 1000;
        window.computeIfAbsent(kind, k -> new Samples()).add(micros);
    }

    void error(String kind) {
        totalErrors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        windowErrors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** Something worth counting that is not an error (e.g. an edit conflict shown to the user). */
    void count(String what) {
        events.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    /** The window's samples (merged into the total), and a fresh window. */
    Window closeWindow() {
        Map<String, Samples> samples = window;
        Map<String, AtomicLong> errors = windowErrors;
        window = new ConcurrentHashMap<>();
        windowErrors = new ConcurrentHashMap<>();
        samples.forEach(
                (kind, s) -> total.computeIfAbsent(kind, k -> new Samples()).addAll(s));
        return new Window(summaries(samples), counts(errors));
    }

    Window totals() {
        return new Window(summaries(total), counts(totalErrors));
    }

    Map<String, Long> events() {
        return counts(events);
    }

    /** Summaries per kind, plus "all" over every kind. */
    record Window(Map<String, Summary> byKind, Map<String, Long> errors) {
        Summary all() {
            return byKind.getOrDefault("all", Summary.of(new long[0]));
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Map<String, Summary> summaries(Map<String, Samples> samples) {
        Map<String, Summary> out = new TreeMap<>();
        Samples all = new Samples();
        samples.forEach((kind, s) -> {
            out.put(kind, Summary.of(s.sorted()));
            all.addAll(s);
        });
        out.put("all", Summary.of(all.sorted()));
        return out;
    }

    private static Map<String, Long> counts(Map<String, AtomicLong> counters) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
