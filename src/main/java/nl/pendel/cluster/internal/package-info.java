/** Internals of the cluster module: the lock table of the cluster-wide jobs. */
@org.jspecify.annotations.NullMarked
package nl.pendel.cluster.internal;
