/** Internals of the completion module: the certificates' table. Not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.completion.internal;
