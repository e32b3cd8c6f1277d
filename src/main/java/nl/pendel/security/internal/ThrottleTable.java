package nl.pendel.security.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sign_in_throttle} table (V0029): the failed sign-ins of every node, one row per
 * bucket. Times are epoch milliseconds by the application's clock. The callers hold a transaction
 * around {@link #lock} and the writes that follow, so two nodes counting the same bucket at the
 * same moment wait for each other instead of both seeing the old count.
 */
@Repository
public class ThrottleTable {

    /** One bucket as stored. */
    public record Row(
            String key,
            int failures,
            @Nullable Long lastFailure,
            @Nullable Long blockedUntil) {}

    private final JdbcClient jdbc;

    ThrottleTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bucket, created empty when new, locked until the transaction ends. */
    public Row lock(String key) {
        // an upsert, not INSERT IGNORE: it takes the row's exclusive lock at once (INSERT IGNORE on
        // an existing row takes a shared one, and two attempts upgrading theirs deadlock)
        jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, failures) values (?, 0)
                        on duplicate key update failures = failures""").param(key).update();
        return jdbc.sql("""
                        select failures, last_failure, blocked_until from sign_in_throttle
                        where throttle_key = ? for update""")
                .param(key)
                .query((rs, n) -> new Row(
                        key,
                        rs.getInt("failures"),
                        rs.getObject("last_failure", Long.class),
                        rs.getObject("blocked_until", Long.class)))
                .single();
    }

    /** When the account last signed in from this bucket's address (pair buckets only). */
    public Optional<Long> lastSuccess(String key) {
        return jdbc.sql("select last_success from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("last_success", Long.class)))
                .optional()
                .flatMap(v -> v);
    }

    /** Stores the bucket's new failure count and wait. */
    public void countFailure(String key, int failures, long at, @Nullable Long blockedUntil) {
        jdbc.sql("""
                        update sign_in_throttle set failures = ?, last_failure = ?, blocked_until = ?
                        where throttle_key = ?""").params(failures, at, blockedUntil, key).update();
    }

    /** Forgets the bucket's failures (the right password was given through it). */
    public void forgetFailures(String key) {
        jdbc.sql("update sign_in_throttle set failures = 0, blocked_until = null where throttle_key = ?")
                .param(key)
                .update();
    }

    /**
     * Takes back the one failure counted in advance for an attempt that succeeded; the wait stays
     * when the bucket is still over its free failures without it.
     */
    public void takeBackOne(String key, int free) {
        // blocked_until first: MariaDB evaluates the assignments left to right, with the new values
        jdbc.sql("""
                        update sign_in_throttle
                        set blocked_until = case when failures - 1 >= ? then blocked_until else null end,
                            failures = greatest(failures - 1, 0)
                        where throttle_key = ?""").params(free, key).update();
    }

    /** Remembers that the account signed in from this address (a pair bucket), with no failures. */
    public void succeeded(String pairKey, long at) {
        jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, failures, last_success) values (?, 0, ?)
                        on duplicate key update failures = 0, blocked_until = null, last_success = ?""").params(pairKey, at, at).update();
    }

    /** Deletes buckets with nothing left to remember. */
    public int prune(long failuresBefore, long successesBefore, long now) {
        return jdbc.sql("""
                        delete from sign_in_throttle
                        where coalesce(last_failure, 0) < ? and coalesce(last_success, 0) < ?
                          and coalesce(blocked_until, 0) < ?""").params(failuresBefore, successesBefore, now).update();
    }

    /** Forgets every bucket. */
    public void clear() {
        jdbc.sql("delete from sign_in_throttle").update();
    }
}
