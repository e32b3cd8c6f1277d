package nl.pendel.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A job's lock as stored in {@code job_lock}.
 *
 * @param job the job's name
 * @param lockedBy the node that has the lock, or had it last
 * @param lockedAt when it was taken last
 * @param lockedUntil until when no other node may take it
 * @param releasedAt when the last holder finished; null while it runs (or when it died running)
 * @param runs how often the lock was taken, by all nodes together
 */
public record JobLock(
        String job,
        String lockedBy,
        Instant lockedAt,
        Instant lockedUntil,
        @Nullable Instant releasedAt,
        long runs) {}
