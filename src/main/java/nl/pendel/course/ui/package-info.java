/** The screens of the course module (courses). */
@org.jspecify.annotations.NullMarked
package nl.pendel.course.ui;
