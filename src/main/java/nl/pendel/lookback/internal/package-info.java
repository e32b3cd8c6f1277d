/** Internals of the lookback module: not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.lookback.internal;
