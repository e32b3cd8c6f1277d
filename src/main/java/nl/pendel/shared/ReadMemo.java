package nl.pendel.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers what a read-only transaction has read, so a screen that asks several services in one
 * transaction ({@link ScreenReads}) reads a course's meetings or subgroups once, not once per
 * service. Only inside a read-only transaction: there nothing changes what was read (MariaDB's
 * repeatable read shows the transaction one snapshot), so asking again would give the same answer.
 * Outside one, or in a writing transaction, it reads every time. It remembers data, never an
 * access decision: every service still checks the signed-in person each call.
 */
public final class ReadMemo {

    private static final Object KEY = new Object();

    private ReadMemo() {}

    /**
     * The value read before in this read-only transaction under this kind and key, or what
     * {@code read} gives (then remembered). Lists are kept unmodifiable.
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(String kind, Object key, Supplier<T> read) {
        Map<List<Object>, Object> memo = memo();
        if (memo == null) {
            return read.get();
        }
        List<Object> id = List.of(kind, key);
        Object known = memo.get(id);
        if (known != null) {
            return (T) known;
        }
        T value = read.get();
        if (value instanceof List<?> list) {
            value = (T) List.copyOf(list);
        }
        memo.put(id, value);
        return value;
    }

    /**
     * Remembers what this read-only transaction learned while reading something else, for a later
     * {@link #get} of this kind and key (a value already remembered stays). Outside a read-only
     * transaction it does nothing.
     */
    public static void remember(String kind, Object key, Object value) {
        Map<List<Object>, Object> memo = memo();
        if (memo != null) {
            memo.putIfAbsent(List.of(kind, key), value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<List<Object>, Object> memo() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(KEY);
        if (bound != null) {
            return (Map<List<Object>, Object>) bound;
        }
        Map<List<Object>, Object> memo = new HashMap<>();
        TransactionSynchronizationManager.bindResource(KEY, memo);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return memo;
    }
}
