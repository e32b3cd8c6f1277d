/** Internals of the assessment module (self-assessment): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.assessment.internal;
