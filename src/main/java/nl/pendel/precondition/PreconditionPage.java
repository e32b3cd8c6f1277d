package nl.pendel.precondition;

import nl.pendel.course.CourseAccess;
import org.jspecify.annotations.Nullable;

/**
 * What a course's preconditions scan shows the person who opens it, read at once.
 *
 * @param access who is involved in the course, for what the screen lets this person do
 * @param courseTitle the course's title, for the screen's heading
 * @param mine the person's own answers when they answer the scan (a participant or the lead of
 *     the course's team); null for its trainers and administrators, who only read the comparison
 * @param comparison the team's view beside the lead's, as {@link PreconditionService#comparison}
 */
public record PreconditionPage(
        CourseAccess access, String courseTitle, @Nullable MyAnswers mine, Comparison comparison) {}
