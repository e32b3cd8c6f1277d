package nl.pendel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pendel.security.internal.ThrottleTable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing down without handing an attacker a way to lock the owner out
 * (docs/sign-in-throttling.md). Failures are counted in buckets in the database, shared by every
 * node: per account found (by person id, however its address was typed; a name that matches no
 * account by its normalised form), per client address, and per account and address that account
 * signed in from before. A bucket's first {@code free} failures cost nothing; each one after makes
 * the bucket wait {@code first-delay}, doubling up to {@code max-delay}. An attempt from an
 * address the account signed in from before counts only in that pair's bucket, so the owner at
 * home or at the office signs in whatever strangers do to the account elsewhere.
 *
 * <p>Each attempt is counted as a failure before its password is checked (so parallel guesses
 * cannot all slip through before the first is counted) and taken back when it succeeds.
 */
@Component
class LoginAttemptLimiter {

    private static final int PRUNE_EVERY = 256;

    /** An attempt that may go ahead, and the buckets it was counted in. */
    record Attempt(@Nullable Long personId, String address, boolean knownAddress, List<String> keys) {}

    private final ThrottleTable table;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int accountFree;
    private final int addressFree;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Duration knownFor;
    private final AtomicInteger sincePrune = new AtomicInteger();

    LoginAttemptLimiter(
            ThrottleTable table,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${pendel.login.max-failures:5}") int accountFree,
            @Value("${pendel.login.address-max-failures:10}") int addressFree,
            @Value("${pendel.login.first-delay:30s}") Duration firstDelay,
            @Value("${pendel.login.max-delay:10m}") Duration maxDelay,
            @Value("${pendel.login.forget-after:24h}") Duration forgetAfter,
            @Value("${pendel.login.known-address-for:180d}") Duration knownFor) {
        this.table = table;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.accountFree = accountFree;
        this.addressFree = addressFree;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.knownFor = knownFor;
    }

    /**
     * Counts an attempt to sign in as {@code typedName} (found as {@code personId}, or null when no
     * account matched) from {@code address}, before its password is checked.
     *
     * @throws LoginBlockedException when one of its buckets must still wait; nothing is counted
     */
    Attempt begin(String typedName, @Nullable Long personId, String address) {
        if (sincePrune.incrementAndGet() >= PRUNE_EVERY) {
            sincePrune.set(0);
            prune();
        }
        for (int tries = 1; ; tries++) {
            try {
                return count(typedName, personId, address);
            } catch (PessimisticLockingFailureException lost) {
                // a deadlock or lock wait with a parallel attempt on the same buckets: once more
                if (tries == 3) {
                    throw lost;
                }
            }
        }
    }

    private Attempt count(String typedName, @Nullable Long personId, String address) {
        long now = clock.millis();
        return ownTransaction.execute(status -> {
            String pair = personId == null ? null : pairKey(personId, address);
            boolean known = pair != null
                    && table.lastSuccess(pair)
                            .filter(at -> at > now - knownFor.toMillis())
                            .isPresent();
            List<String> keys = known ? List.of(pair) : List.of(accountKey(typedName, personId), addressKey(address));
            List<ThrottleTable.Row> rows = new ArrayList<>();
            // always in the same order, so two attempts on the same buckets cannot deadlock
            keys.stream().sorted(Comparator.naturalOrder()).forEach(key -> rows.add(table.lock(key)));
            long waitUntil = rows.stream()
                    .map(ThrottleTable.Row::blockedUntil)
                    .filter(until -> until != null && until > now)
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
            if (waitUntil > 0) {
                throw new LoginBlockedException(Instant.ofEpochMilli(waitUntil));
            }
            for (ThrottleTable.Row row : rows) {
                int free = free(row.key());
                boolean forgotten = row.lastFailure() == null || row.lastFailure() < now - forgetAfter.toMillis();
                int failures = (forgotten ? 0 : row.failures()) + 1;
                Long blockedUntil =
                        failures >= free ? now + delay(failures - free).toMillis() : null;
                table.countFailure(row.key(), failures, now, blockedUntil);
            }
            return new Attempt(personId, address, known, keys);
        });
    }

    /** The attempt gave the right password: its failure is taken back, the address remembered. */
    void succeeded(Attempt attempt) {
        long now = clock.millis();
        ownTransaction.executeWithoutResult(status -> {
            for (String key : attempt.keys()) {
                if (key.startsWith("address:")) {
                    table.takeBackOne(key, addressFree);
                } else {
                    table.forgetFailures(key);
                }
            }
            if (attempt.personId() != null) {
                table.succeeded(pairKey(attempt.personId(), attempt.address()), now);
            }
        });
    }

    /** How long a bucket waits after {@code overFree} failures beyond its free ones (0, 1, ...). */
    Duration delay(int overFree) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(overFree, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Forgets all failures and known addresses (tests, and an operator's reset). */
    void clear() {
        table.clear();
    }

    private void prune() {
        long now = clock.millis();
        ownTransaction.executeWithoutResult(
                status -> table.prune(now - forgetAfter.toMillis(), now - knownFor.toMillis(), now));
    }

    private int free(String key) {
        return key.startsWith("address:") ? addressFree : accountFree;
    }

    static String accountKey(String typedName, @Nullable Long personId) {
        return personId != null ? "person:" + personId : "name:" + sha256(normalisedName(typedName));
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    static String pairKey(long personId, String address) {
        return "pair:" + personId + ":" + address;
    }

    /**
     * The typed name as the account lookup compares it, and then some: compatibility forms folded
     * (fullwidth letters), spaces of every kind around it and invisible characters removed, lower
     * case, accents removed. Variants of one name that no account matched share one bucket.
     */
    static String normalisedName(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        String folded =
                Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("[\\p{M}\\p{Cf}\\p{Cc}\\p{Z}\\s]+", "");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
