/** Internals of the security module: the sign-in throttle's table. */
@org.jspecify.annotations.NullMarked
package nl.pendel.security.internal;
