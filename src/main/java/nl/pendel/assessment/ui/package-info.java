/** The screens of the assessment module (self-assessment). */
@org.jspecify.annotations.NullMarked
package nl.pendel.assessment.ui;
