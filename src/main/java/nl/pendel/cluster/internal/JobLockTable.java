package nl.pendel.cluster.internal;

import java.time.Duration;
import java.util.List;
import nl.pendel.cluster.JobLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code job_lock} table. Every time is the database server's own ({@code now(6)}), so nodes
 * whose clocks differ a little still agree on whether a lock has expired. Each statement is meant
 * to commit on its own (the caller runs it outside any longer transaction).
 */
@Repository
public class JobLockTable {

    private final JdbcClient jdbc;

    JobLockTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the job's row, unlocked, unless it exists. */
    public void ensure(String job) {
        jdbc.sql("""
                        insert ignore into job_lock (name, locked_by, token, locked_at, locked_until, released_at)
                        values (?, '', '', now(6), now(6), now(6))""").param(job).update();
    }

    /** Takes the lock when it has expired (or was released); true when this call took it. */
    public boolean acquire(String job, String node, String token, Duration atMost) {
        return jdbc.sql("""
                        update job_lock
                        set locked_by = ?, token = ?, locked_at = now(6),
                            locked_until = date_add(now(6), interval ? microsecond), released_at = null, runs = runs + 1
                        where name = ? and locked_until <= now(6)""").params(node, token, micros(atMost), job).update() == 1;
    }

    /**
     * Releases a lock this holder still has: free from {@code atLeast} after it was taken (at once
     * when that has passed). False when the lock had expired and someone else took it.
     */
    public boolean release(String job, String token, Duration atLeast) {
        return jdbc.sql("""
                        update job_lock
                        set locked_until = greatest(now(6), date_add(locked_at, interval ? microsecond)),
                            released_at = now(6)
                        where name = ? and token = ? and released_at is null""").params(micros(atLeast), job, token).update() == 1;
    }

    /** Every job's lock, by name. */
    public List<JobLock> all() {
        return jdbc.sql(
                        "select name, locked_by, locked_at, locked_until, released_at, runs from job_lock order by name")
                .query((rs, n) -> new JobLock(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getLong(6)))
                .list();
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }
}
