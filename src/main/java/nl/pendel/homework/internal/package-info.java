/** Internals of the homework module (homework): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.homework.internal;
