/** Internals of the precondition module (preconditions): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.precondition.internal;
