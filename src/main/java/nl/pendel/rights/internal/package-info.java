/** Internals of the rights module (privacy rights): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.rights.internal;
