package nl.pendel.course;

/**
 * A course was created (also as a copy of another) or its period, trainers, participants or
 * subgroups changed. Published inside the transaction that stored it, so listeners (e.g. the
 * default self-assessment moments) record their consequences atomically with it.
 */
public record CourseSaved(long courseId) {}
