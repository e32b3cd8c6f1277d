/** Internals of the evaluation module: not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.evaluation.internal;
