package nl.pendel.rights.internal;

import nl.pendel.rights.RetentionService;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention policy nightly ({@code pendel.retention.cron}, {@code -} switches it off).
 * Deliberately thin: all the work is in {@link RetentionService#enforce()}, so a cluster-wide
 * "run once" guard can wrap this method.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionJob {

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${pendel.retention.cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    void enforceRetention() {
        retention.enforce();
    }
}
