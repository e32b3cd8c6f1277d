/** The screens of the attendance module (attendance). */
@org.jspecify.annotations.NullMarked
package nl.pendel.attendance.ui;
