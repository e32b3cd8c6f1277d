package nl.pendel.cluster;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.pendel.shared.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a whole transaction again when the database aborted it for a conflict that a second try
 * usually does not meet: an InnoDB deadlock (error 1213, {@code DeadlockLoserDataAccessException}
 * / {@code CannotAcquireLockException}), a lock wait timeout (1205), or Galera's certification
 * failure ("WSREP detected deadlock/conflict and aborted the transaction", also 1213, SQLSTATE
 * 40001). The database has rolled the transaction back completely, so running it again is safe
 * <em>when the work does nothing outside the database before it commits</em> (no mail sent, no
 * file written) — which is why this refuses to run inside a transaction that is already open: only
 * the code that owns the transaction boundary can retry it.
 */
public final class ConflictRetry {

    /** Tries in all, the first one included. */
    public static final int ATTEMPTS = 4;

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private ConflictRetry() {}

    /**
     * Runs {@code wholeTransaction} (a {@code @Transactional} method or a {@code
     * TransactionTemplate}) and runs it again, at most {@link #ATTEMPTS} times in all, after a
     * short random pause, while it fails with a conflict. Other failures, and the last conflict,
     * are thrown.
     *
     * @param what a few words for the log
     * @throws IllegalStateException when called inside an open transaction
     */
    public static <T> T call(String what, Supplier<T> wholeTransaction) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "ConflictRetry must own the transaction: call it outside any transaction (" + what + ")");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return wholeTransaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                log.info("{}: conflict on attempt {} ({}), trying again", what, attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    /** As {@link #call(String, Supplier)}, for work without a result. */
    public static void run(String what, Runnable wholeTransaction) {
        call(what, () -> {
            wholeTransaction.run();
            return null;
        });
    }

    /** Whether this failure is a deadlock, a lock wait timeout or a Galera certification conflict. */
    public static boolean isConflict(Throwable failure) {
        return DatabaseErrors.conflict(failure);
    }

    /** 10, 20, 40 … ms plus up to as much again at random, so two losers do not meet again. */
    private static void pause(int attempt) {
        long base = 10L << (attempt - 1);
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
