package nl.pendel.rights;

import java.time.Instant;
import java.util.Map;

/** What one run of the retention job deleted or cleared: rows per kind, and the time it ran as. */
public record RetentionReport(Instant ranAt, Map<String, Integer> rows) {

    public RetentionReport {
        rows = Map.copyOf(rows);
    }

    public int total() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }
}
