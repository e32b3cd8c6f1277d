package nl.pendel.evaluation;

/** A course whose evaluation the signed-in participant can answer now. */
public record OpenEvaluation(long courseId, String courseTitle) {}
