package nl.pendel.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a background job on one node at a time, however many nodes schedule it. Wrap the body of
 * each {@code @Scheduled} method:
 *
 * <pre>{@code
 * @Scheduled(cron = "${pendel.retention.cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
 * void enforceRetention() {
 *     jobs.runOnce("retention", Duration.ofHours(2), Duration.ofHours(1),
 *             () -> ConflictRetry.run("retention", retention::enforce));
 * }
 * }</pre>
 *
 * <p>With a cron schedule every node fires at the same moment by its own clock; {@code atLeast}
 * (here an hour) keeps a node whose clock is a few seconds behind from running the job again after
 * the first node finished. {@code atMost} must be longer than a run can take.
 *
 * <p>The lock is ShedLock's (docs/decisions/0012-job-locks-shedlock.md): a row per job in {@code
 * shedlock}, taken by an update that only matches an expired lock, with the database server's time.
 * It is held while the work runs and released afterwards; a node that dies while holding it blocks
 * the job until {@code atMost} has passed. The work runs outside any transaction of the lock, so it
 * can open its own.
 */
@Service
public class ClusterJobs {

    /** What became of one call. */
    public enum Outcome {
        /** This node ran the work. */
        RAN,
        /** Another node holds the lock (or the last run was less than {@code atLeast} ago). */
        SKIPPED,
        /** This node had the lock, but the work (or taking the lock) failed; the error is logged. */
        FAILED
    }

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final LockProvider locks;
    private final ClusterNode node;
    private final Map<String, AtomicInteger> ranHere = new ConcurrentHashMap<>();

    ClusterJobs(LockProvider locks, ClusterNode node) {
        this.locks = locks;
        this.node = node;
    }

    /**
     * Runs {@code work} here unless another node is running this job; the lock is released as soon
     * as the work ends.
     *
     * @param job the job's name (at most 64 characters), the same on every node
     * @param atMost how long a run may take at most: a lock of a node that died expires after this
     */
    public Outcome runOnce(String job, Duration atMost, Runnable work) {
        return runOnce(job, atMost, Duration.ZERO, work);
    }

    /**
     * As {@link #runOnce(String, Duration, Runnable)}, but the lock stays taken until {@code atLeast}
     * after the start, so that a job every node schedules every few minutes runs once per period
     * cluster-wide rather than once per node.
     */
    public Outcome runOnce(String job, Duration atMost, Duration atLeast, Runnable work) {
        Optional<SimpleLock> lock;
        try {
            // real time, not the application's clock: a lock lasts real minutes, and the lock
            // provider takes its times from the database anyway (usingDbTime)
            lock = locks.lock(new LockConfiguration(Instant.now(), job, atMost, atLeast));
        } catch (RuntimeException e) {
            if (ConflictRetry.isConflict(e)) {
                // another node's update won (on Galera: it certified first)
                return Outcome.SKIPPED;
            }
            log.warn("Job {}: could not take its lock; the next run tries again", job, e);
            return Outcome.FAILED;
        }
        if (lock.isEmpty()) {
            return Outcome.SKIPPED;
        }
        ranHere.computeIfAbsent(job, name -> new AtomicInteger()).incrementAndGet();
        try {
            work.run();
            return Outcome.RAN;
        } catch (RuntimeException e) {
            log.warn("Job {} failed on {}; the next run tries again", job, node.name(), e);
            return Outcome.FAILED;
        } finally {
            release(job, lock.get());
        }
    }

    private static void release(String job, SimpleLock lock) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            log.warn("Job {}: lock not released; it expires by itself", job, e);
        }
    }

    /** How often this node took the job's lock (and ran the work) since it started. */
    public int runsHere(String job) {
        AtomicInteger runs = ranHere.get(job);
        return runs == null ? 0 : runs.get();
    }

    /** The name of this node, as locks show it. */
    public String nodeName() {
        return node.name();
    }
}
