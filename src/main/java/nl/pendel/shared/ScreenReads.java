package nl.pendel.shared;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One read-only transaction for everything a screen reads when it opens. The services it asks
 * then share the transaction: the course is read once (the persistence context), and what they
 * read by course ({@link ReadMemo}) too. Every service still checks role and object. Never for
 * changes: the transaction is rolled back at the end (it has nothing to commit), which also keeps
 * a service's refusal that the screen catches and shows from failing the whole transaction.
 */
@Component
public class ScreenReads {

    private final TransactionTemplate transactions;

    ScreenReads(PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setReadOnly(true);
    }

    /** What {@code reads} returns, read in one read-only transaction. */
    public <T> T read(Supplier<T> reads) {
        return transactions.execute(status -> {
            try {
                return reads.get();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    /** Runs {@code reads} (which builds the screen from what it reads) in one read-only transaction. */
    public void run(Runnable reads) {
        read(() -> {
            reads.run();
            return null;
        });
    }
}
