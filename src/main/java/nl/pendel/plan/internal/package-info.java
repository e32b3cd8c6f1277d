/** Internals of the plan module (activity plans): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.plan.internal;
