/**
 * The course evaluation: at the end of a course each participant answers the programme's short
 * evaluation questionnaire once, anonymously; the course's trainers and the lead of its team read
 * the results per course from three answers. See docs/decisions/0019-course-evaluation.md.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Course evaluation")
package nl.pendel.evaluation;
