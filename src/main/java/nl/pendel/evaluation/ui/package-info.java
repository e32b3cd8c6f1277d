/** The screens of the evaluation module. */
@org.jspecify.annotations.NullMarked
package nl.pendel.evaluation.ui;
