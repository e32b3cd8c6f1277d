package nl.pendel.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retry of a whole transaction that lost a deadlock, on a real MariaDB: two transactions lock
 * the same two rows in opposite order, InnoDB aborts one of them (error 1213), and the retry runs
 * that one again so that both changes are stored exactly once.
 */
@IntegrationTest
class ConflictRetryTest {

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_transaction_that_loses_a_real_deadlock_is_run_again_and_both_changes_are_stored_once() throws Exception {
        long first = testData.organisation().id();
        long second = testData.organisation().id();
        long firstBefore = version(first);
        long secondBefore = version(second);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        List<Throwable> conflicts = new CopyOnWriteArrayList<>();

        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = pool.submit(() -> ConflictRetry.run(
                    "one",
                    recording(
                            attempts,
                            conflicts,
                            () -> transactions.executeWithoutResult(status -> {
                                add(first, 1);
                                awaitOnFirstAttempt(bothHoldTheirFirstRow);
                                add(second, 1);
                            }))));
            Future<?> other = pool.submit(() -> ConflictRetry.run(
                    "other",
                    recording(
                            attempts,
                            conflicts,
                            () -> transactions.executeWithoutResult(status -> {
                                add(second, 10);
                                awaitOnFirstAttempt(bothHoldTheirFirstRow);
                                add(first, 10);
                            }))));
            one.get(30, TimeUnit.SECONDS);
            other.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(conflicts).as("InnoDB chose one victim").hasSize(1);
        assertThat(conflicts.getFirst())
                .isInstanceOf(CannotAcquireLockException.class)
                .rootCause()
                .isInstanceOf(SQLTransactionRollbackException.class)
                .hasMessageContaining("Deadlock");
        assertThat(attempts).as("two first attempts and one retry").hasValue(3);
        assertThat(version(first) - firstBefore).as("each change once").isEqualTo(11);
        assertThat(version(second) - secondBefore).isEqualTo(11);
    }

    @Test
    void other_failures_are_not_retried() {
        AtomicInteger attempts = new AtomicInteger();
        String taken = testData.organisation().name();
        assertThatThrownBy(() -> ConflictRetry.run("duplicate", () -> {
                    attempts.incrementAndGet();
                    new TransactionTemplate(transactionManager)
                            .executeWithoutResult(status -> jdbc.sql("insert into organisation (name) values (?)")
                                    .param(taken)
                                    .update());
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_conflict_that_keeps_coming_back_is_thrown_after_the_last_attempt() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run("always", () -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("still locked");
                }))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(ConflictRetry.ATTEMPTS);
    }

    @Test
    void inside_an_open_transaction_it_refuses_because_it_cannot_run_the_whole_transaction_again() {
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(status -> ConflictRetry.run("inner", () -> {})))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside any transaction");
    }

    @Test
    void galeras_certification_failure_counts_as_a_conflict_and_a_broken_connection_does_not() {
        // the exact error a Galera node returns when another node's write set certified first
        var wsrep = new SQLTransactionRollbackException(
                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                "40001",
                1213);
        assertThat(ConflictRetry.isConflict(new RuntimeException("commit failed", wsrep)))
                .isTrue();
        assertThat(ConflictRetry.isConflict(
                        new RuntimeException(new java.sql.SQLNonTransientConnectionException("gone", "08000", 0))))
                .isFalse();
    }

    private void add(long organisation, int amount) {
        jdbc.sql("update organisation set version = version + ? where id = ?")
                .params(amount, organisation)
                .update();
    }

    private long version(long organisation) {
        return jdbc.sql("select version from organisation where id = ?")
                .param(organisation)
                .query(Long.class)
                .single();
    }

    private static Runnable recording(AtomicInteger attempts, List<Throwable> conflicts, Runnable work) {
        return () -> {
            attempts.incrementAndGet();
            try {
                work.run();
            } catch (RuntimeException e) {
                if (ConflictRetry.isConflict(e)) {
                    conflicts.add(e);
                }
                throw e;
            }
        };
    }

    private static final ThreadLocal<Boolean> WAITED = ThreadLocal.withInitial(() -> false);

    private static void awaitOnFirstAttempt(CyclicBarrier barrier) {
        if (WAITED.get()) {
            return;
        }
        WAITED.set(true);
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
