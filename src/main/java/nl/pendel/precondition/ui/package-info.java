/** The screens of the precondition module (preconditions). */
@org.jspecify.annotations.NullMarked
package nl.pendel.precondition.ui;
