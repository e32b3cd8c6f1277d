/** Internals of the cluster module: the cluster-wide jobs' locks, through ShedLock. */
@org.jspecify.annotations.NullMarked
package nl.pendel.cluster.internal;
