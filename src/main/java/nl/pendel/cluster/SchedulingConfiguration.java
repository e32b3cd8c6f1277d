package nl.pendel.cluster;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work on every node (the plan live view's poll, cleanups); each job that must run once
 * cluster-wide wraps its body in {@link ClusterJobs#runOnce}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
