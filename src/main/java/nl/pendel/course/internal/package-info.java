/** Internals of the course module (courses): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.course.internal;
