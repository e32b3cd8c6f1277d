package nl.pendel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.cluster.ClusterJobs.Outcome;
import nl.pendel.cluster.internal.JobLocks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cluster-wide job lock on a real MariaDB, with several "nodes" (each its own {@link
 * ClusterJobs} with its own name and ShedLock provider) sharing the one {@code shedlock} table.
 * Each node counts the runs it did; together they must be exactly the runs one node at a time
 * could do.
 */
@IntegrationTest
class ClusterJobsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    private final String job = TestData.unique("job");

    @Test
    void while_one_node_runs_a_job_another_node_skips_it_and_runs_it_after_the_release() throws Exception {
        ClusterJobs a = node("node-a");
        ClusterJobs b = node("node-b");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> first = pool.submit(() -> a.runOnce(job, MINUTE, () -> {
                running.countDown();
                await(finish);
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(lock().lockedBy()).isEqualTo("node-a");
            assertThat(lock().held()).as("held while running").isTrue();

            assertThat(b.runOnce(job, MINUTE, () -> {})).isEqualTo(Outcome.SKIPPED);

            finish.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.RAN);
        } finally {
            pool.shutdownNow();
        }
        assertThat(b.runOnce(job, MINUTE, () -> {})).isEqualTo(Outcome.RAN);
        Lock after = lock();
        assertThat(after.lockedBy()).isEqualTo("node-b");
        assertThat(after.held()).as("released").isFalse();
        assertThat(a.runsHere(job)).isOne();
        assertThat(b.runsHere(job)).isOne();
    }

    @Test
    void of_eight_nodes_starting_the_same_job_at_once_exactly_one_runs_it() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        List<Future<Outcome>> outcomes;
        try {
            outcomes = IntStream.range(0, 8)
                    .mapToObj(i -> node("node-" + i))
                    .map(node -> pool.submit(() -> {
                        await(start);
                        return node.runOnce(job, MINUTE, () -> {
                            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                            sleep(300);
                            running.decrementAndGet();
                        });
                    }))
                    .toList();
            start.countDown();
            List<Outcome> results = outcomes.stream().map(ClusterJobsTest::get).toList();
            assertThat(results).containsOnlyOnce(Outcome.RAN);
            assertThat(results).filteredOn(o -> o == Outcome.SKIPPED).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce).hasValue(1);
        assertThat(lock().held()).as("released after the run").isFalse();
    }

    @Test
    void the_lock_of_a_node_that_died_while_running_expires_and_another_node_takes_over() {
        ClusterJobs survivor = node("node-b");
        // what a node leaves behind when it dies during a run: taken, never released
        assertThat(JobLocks.forNode(jdbcTemplate, transactions, "node-a")
                        .lock(new LockConfiguration(Instant.now(), job, Duration.ofMillis(700), Duration.ZERO)))
                .isPresent();

        assertThat(survivor.runOnce(job, MINUTE, () -> {})).isEqualTo(Outcome.SKIPPED);
        assertThat(lock().lockedBy()).isEqualTo("node-a");

        sleep(900);
        assertThat(survivor.runOnce(job, MINUTE, () -> {})).isEqualTo(Outcome.RAN);
        assertThat(lock().lockedBy()).isEqualTo("node-b");
        assertThat(survivor.runsHere(job)).isOne();
    }

    @Test
    void a_failed_run_releases_the_lock_so_the_next_run_tries_again() {
        ClusterJobs a = node("node-a");
        ClusterJobs b = node("node-b");

        assertThat(a.runOnce(job, MINUTE, () -> {
                    throw new IllegalStateException("mail server misconfigured");
                }))
                .isEqualTo(Outcome.FAILED);
        assertThat(b.runOnce(job, MINUTE, () -> {})).isEqualTo(Outcome.RAN);
        assertThat(a.runsHere(job))
                .as("it took the lock and ran, though the work failed")
                .isOne();
        assertThat(b.runsHere(job)).isOne();
    }

    @Test
    void with_at_least_the_lock_stays_taken_after_a_short_run_so_the_period_runs_once_cluster_wide() {
        ClusterJobs a = node("node-a");
        ClusterJobs b = node("node-b");

        assertThat(a.runOnce(job, MINUTE, Duration.ofMillis(800), () -> {})).isEqualTo(Outcome.RAN);
        assertThat(b.runOnce(job, MINUTE, Duration.ofMillis(800), () -> {})).isEqualTo(Outcome.SKIPPED);
        assertThat(a.runOnce(job, MINUTE, Duration.ofMillis(800), () -> {})).isEqualTo(Outcome.SKIPPED);

        sleep(1_000);
        assertThat(b.runOnce(job, MINUTE, Duration.ofMillis(800), () -> {})).isEqualTo(Outcome.RAN);
    }

    private ClusterJobs node(String name) {
        return new ClusterJobs(JobLocks.forNode(jdbcTemplate, transactions, name), new ClusterNode(name));
    }

    /** The job's row in ShedLock's table: who has (or last had) the lock, and whether it is still taken. */
    record Lock(String lockedBy, boolean held) {}

    private Lock lock() {
        return jdbc.sql("select locked_by, lock_until > utc_timestamp(3) as held from shedlock where name = ?")
                .param(job)
                .query(Lock.class)
                .single();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
