package nl.pendel.course;

/**
 * A course moved to another status, published inside the transaction that stored it, so that
 * listeners (e.g. notifications) record their consequences atomically with it.
 */
public record CourseStatusChanged(long courseId, CourseStatus from, CourseStatus to) {}
