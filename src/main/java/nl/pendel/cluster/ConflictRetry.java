package nl.pendel.cluster;

import java.time.Duration;
import java.util.function.Supplier;
import nl.pendel.shared.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
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

    /**
     * Spring's retry: 10, 20, 40 ms between the tries, each up to 10 ms shorter or longer at
     * random so that two losers do not meet again; only a conflict is tried again.
     */
    private static final RetryTemplate RETRY = retry();

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
        try {
            return RETRY.execute(new Retryable<T>() {
                @Override
                public T execute() {
                    return wholeTransaction.get();
                }

                @Override
                public String getName() {
                    return what;
                }
            });
        } catch (RetryException exhaustedOrNotAConflict) {
            if (exhaustedOrNotAConflict.getLastException() instanceof RuntimeException last) {
                throw last;
            }
            throw new IllegalStateException(what, exhaustedOrNotAConflict.getLastException());
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

    private static RetryTemplate retry() {
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(ATTEMPTS - 1)
                .delay(Duration.ofMillis(10))
                .multiplier(2)
                .jitter(Duration.ofMillis(10))
                .predicate(ConflictRetry::isConflict)
                .build());
        retry.setRetryListener(new RetryListener() {
            @Override
            public void onRetryFailure(RetryPolicy policy, Retryable<?> work, Throwable failure) {
                log.info("{}: conflict ({}), trying again", work.getName(), failure.getMessage());
            }
        });
        return retry;
    }
}
