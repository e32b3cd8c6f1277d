package nl.pendel.plan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A plan as overviews list it. */
public record PlanSummary(
        long id,
        long courseId,
        String courseTitle,
        int subgroupNumber,
        String title,
        PlanStatus status,
        int emptyRequired,
        @Nullable Instant updatedAt) {}
