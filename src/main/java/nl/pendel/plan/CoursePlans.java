package nl.pendel.plan;

import java.util.List;
import nl.pendel.course.CourseAccess;

/**
 * What a course's plans tab shows, read at once.
 *
 * @param access who is involved in the course, for what the screen lets this person do
 * @param canStart the reader may start a plan here (a placed participant or a trainer, while the course runs)
 * @param plans the course's plans the reader may see, newest change first
 */
public record CoursePlans(CourseAccess access, String courseTitle, boolean canStart, List<PlanSummary> plans) {

    public CoursePlans {
        plans = List.copyOf(plans);
    }
}
