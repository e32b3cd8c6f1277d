package nl.pendel.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention policy: each kind of personal data (declared by the module that holds it) is kept
 * for a period, {@code pendel.retention.<kind>} (e.g. {@code 12m}, {@code 2y}, {@code P18M}),
 * counted from that kind's anchor (a course's end, a mail's creation, a log entry's time), and
 * deleted after it. {@link #enforce()} is the whole work; the scheduled job only calls it.
 */
@Service
public class RetentionService {

    static final String PREFIX = "pendel.retention.";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final List<RetentionRule> rules;
    private final Map<String, Period> periods;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    RetentionService(List<PersonalData> parts, Environment environment, TransactionTemplate transactions, Clock clock) {
        this(parts, Binder.get(environment), transactions, clock);
    }

    RetentionService(List<PersonalData> parts, Binder properties, TransactionTemplate transactions, Clock clock) {
        this.rules = parts.stream()
                .flatMap(p -> p.retention().stream())
                .sorted(Comparator.comparing(RetentionRule::kind))
                .toList();
        Map<String, Period> configured = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            Period period = properties.bind(PREFIX + rule.kind(), Period.class).orElse(rule.defaultPeriod());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException(PREFIX + rule.kind() + " must be a positive period, not " + period);
            }
            if (configured.put(rule.kind(), period) != null) {
                throw new IllegalStateException("Two modules declare the retention kind " + rule.kind());
            }
        }
        this.periods = Map.copyOf(configured);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every kind of data with a retention period and the period in force. Public knowledge. */
    public List<RetentionPeriod> periods() {
        return rules.stream()
                .map(r -> new RetentionPeriod(r.kind(), periods.get(r.kind())))
                .toList();
    }

    /**
     * Deletes, for every kind, what is older than its period counted back from now. Each kind in its
     * own transaction, so one failing kind does not keep the others. Safe to run again at any time.
     */
    public RetentionReport enforce() {
        Instant now = clock.instant();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            Instant cutoff =
                    now.atZone(AMSTERDAM).minus(periods.get(rule.kind())).toInstant();
            Integer changed = transactions.execute(status -> rule.purge().olderThan(cutoff));
            rows.put(rule.kind(), changed == null ? 0 : changed);
        }
        RetentionReport report = new RetentionReport(now, rows);
        log.info("Retention enforced: {} rows {}", report.total(), rows);
        return report;
    }
}
