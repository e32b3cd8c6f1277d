package nl.pendel.rights.internal;

import java.time.Duration;
import nl.pendel.cluster.ClusterJobs;
import nl.pendel.cluster.ConflictRetry;
import nl.pendel.rights.RetentionService;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention policy nightly ({@code pendel.retention.cron}, {@code -} switches it off), on
 * one node of the cluster: every node fires by its own clock, the job lock lets one run it and
 * keeps it taken for an hour so a node whose clock lags does not run it again. The work itself is
 * {@link RetentionService#enforce()}, retried whole after a deadlock or certification conflict
 * (deleting what is past its period twice is harmless).
 */
@Configuration(proxyBeanMethods = false)
class RetentionJob {

    private final RetentionService retention;
    private final ClusterJobs jobs;

    RetentionJob(RetentionService retention, ClusterJobs jobs) {
        this.retention = retention;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${pendel.retention.cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    void enforceRetention() {
        jobs.runOnce(
                "retention",
                Duration.ofHours(2),
                Duration.ofHours(1),
                () -> ConflictRetry.run("retention", retention::enforce));
    }
}
