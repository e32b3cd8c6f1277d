package nl.pendel.course;

/**
 * A concept course that was never published is being deleted. Published inside the deleting
 * transaction, before the course itself goes: each module that holds rows of the course removes
 * them in its own tables (or refuses with a {@link nl.pendel.shared.UserFacingException}, and then
 * nothing is deleted). The course module never touches another module's tables.
 *
 * <p>Listeners run in three rounds ({@code @Order}), since some rows refer to others: first those
 * whose rows refer to the course's sessions or subgroups ({@link #REFERRING}), then the sessions
 * ({@link #SESSIONS}), then the subgroups ({@link #SUBGROUPS}).
 */
public record CourseDeleted(long courseId) {

    public static final int REFERRING = 0;
    public static final int SESSIONS = 10;
    public static final int SUBGROUPS = 20;
}
