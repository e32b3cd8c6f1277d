/** The screens of the homework module (homework). */
@org.jspecify.annotations.NullMarked
package nl.pendel.homework.ui;
