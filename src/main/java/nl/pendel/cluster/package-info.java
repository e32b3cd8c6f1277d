/**
 * Running Pendel on more than one node against one MariaDB (primary with replicas, or Galera):
 * this node's name, background jobs that run on one node at a time cluster-wide
 * ({@link nl.pendel.cluster.ClusterJobs}, ShedLock's lock row per job in {@code shedlock}), and retrying a
 * whole transaction that lost a deadlock or a Galera certification conflict
 * ({@link nl.pendel.cluster.ConflictRetry}).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package nl.pendel.cluster;
