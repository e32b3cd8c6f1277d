package nl.pendel.course;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A course as lists show it.
 *
 * @param everPublished the course was published at some time (also when set back to concept since)
 */
public record CourseSummary(
        long id,
        String title,
        long teamId,
        long programmeVersionId,
        LocalDate startsOn,
        LocalDate endsOn,
        CourseStatus status,
        long trainerId,
        @Nullable Long coTrainerId,
        int participantCount,
        int subgroupCount,
        boolean remindersEnabled,
        boolean everPublished,
        long version) {

    /** Whether the course may be deleted: a concept that was never published. */
    public boolean deletable() {
        return status == CourseStatus.CONCEPT && !everPublished;
    }
}
