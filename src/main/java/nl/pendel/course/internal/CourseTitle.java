package nl.pendel.course.internal;

/** A course's id and title, read without the rest of the course. */
public record CourseTitle(long id, String title) {}
