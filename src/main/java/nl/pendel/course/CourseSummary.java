package nl.pendel.course;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A course as lists show it. */
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
        long version) {}
