/** The screens of the plan module (activity plans). */
@org.jspecify.annotations.NullMarked
package nl.pendel.plan.ui;
