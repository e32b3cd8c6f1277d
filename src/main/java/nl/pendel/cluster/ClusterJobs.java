package nl.pendel.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pendel.cluster.internal.JobLockTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
 * The lock is a row in {@code job_lock}, taken by an UPDATE that only matches an expired or
 * released lock (of several nodes exactly one such update wins; on Galera the losers' updates fail
 * certification and count as not taken). It is held while the work runs and released afterwards;
 * a node that dies while holding it blocks the job until {@code atMost} has passed. The work itself
 * runs outside any transaction of the lock, so it can open its own.
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

    private final JobLockTable locks;
    private final TransactionTemplate ownTransaction;
    private final ClusterNode node;
    private final Map<String, AtomicInteger> ranHere = new ConcurrentHashMap<>();

    ClusterJobs(JobLockTable locks, PlatformTransactionManager transactions, ClusterNode node) {
        this.locks = locks;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = node;
    }

    /**
     * Runs {@code work} here unless another node is running this job; the lock is released as soon
     * as the work ends.
     *
     * @param job the job's name (at most 60 characters), the same on every node
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
        String token = UUID.randomUUID().toString();
        try {
            // a transaction of its own: its shared lock on an existing row must not be held while
            // the update below wants the row (two nodes would deadlock)
            ownTransaction.executeWithoutResult(status -> locks.ensure(job));
            Boolean taken = ownTransaction.execute(status -> locks.acquire(job, node.name(), token, atMost));
            if (!Boolean.TRUE.equals(taken)) {
                return Outcome.SKIPPED;
            }
        } catch (RuntimeException e) {
            if (ConflictRetry.isConflict(e)) {
                // another node's update won (on Galera: it certified first)
                return Outcome.SKIPPED;
            }
            log.warn("Job {}: could not take its lock; the next run tries again", job, e);
            return Outcome.FAILED;
        }
        ranHere.computeIfAbsent(job, name -> new AtomicInteger()).incrementAndGet();
        try {
            work.run();
            return Outcome.RAN;
        } catch (RuntimeException e) {
            log.warn("Job {} failed on {}; the next run tries again", job, node.name(), e);
            return Outcome.FAILED;
        } finally {
            release(job, token, atLeast);
        }
    }

    private void release(String job, String token, Duration atLeast) {
        try {
            if (!Boolean.TRUE.equals(ownTransaction.execute(status -> locks.release(job, token, atLeast)))) {
                log.warn("Job {} ran longer than its lock; another node may have run it meanwhile", job);
            }
        } catch (RuntimeException e) {
            log.warn("Job {}: lock not released; it expires by itself", job, e);
        }
    }

    /** How often this node took the job's lock (and ran the work) since it started. */
    public int runsHere(String job) {
        AtomicInteger runs = ranHere.get(job);
        return runs == null ? 0 : runs.get();
    }

    /** The lock of every job that ever ran: who has (or last had) it, until when, how often it was taken. */
    public List<JobLock> locks() {
        return locks.all();
    }

    /** The name of this node, as locks show it. */
    public String nodeName() {
        return node.name();
    }
}
