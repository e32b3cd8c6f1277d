/** Internals of the programme module (programmes): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.programme.internal;
