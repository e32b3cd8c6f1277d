/** Internals of the run sheet module (runsheet): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.runsheet.internal;
