package nl.pendel.plan;

import java.util.List;

/**
 * What a course's plans tab shows, read at once.
 *
 * @param canStart the reader may start a plan here (a placed participant or a trainer, while the course runs)
 * @param plans the course's plans the reader may see, newest change first
 */
public record CoursePlans(String courseTitle, boolean canStart, List<PlanSummary> plans) {

    public CoursePlans {
        plans = List.copyOf(plans);
    }
}
