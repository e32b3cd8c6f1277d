/** Internals of the attendance module (attendance): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.attendance.internal;
