package nl.pendel.course;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A course with everything it consists of. */
public record CourseDetails(
        CourseSummary summary, Set<Long> participantIds, List<Meeting> meetings, List<Slot> sessionPattern) {

    public CourseDetails {
        participantIds = Set.copyOf(participantIds);
        meetings = List.copyOf(meetings);
        sessionPattern = List.copyOf(sessionPattern);
    }

    /**
     * Who is involved in the course, as {@link CourseService#requireView} reads it: for the other
     * modules' checks of what they read for courses whose details they were given.
     */
    public CourseAccess access() {
        return new CourseAccess(
                summary.id(),
                summary.teamId(),
                summary.trainerId(),
                summary.coTrainerId(),
                participantIds,
                summary.status());
    }

    /**
     * One meeting of the course, in order. {@code asksCaseloadThemes}: its preparation assignment
     * asks for themes from the course's {@link CourseService#caseloadThemes caseload theme list}.
     */
    public record Meeting(
            long id,
            int position,
            String title,
            String theme,
            String preparationTitle,
            String preparationInstructions,
            List<String> agenda,
            boolean asksCaseloadThemes,
            long version) {}

    /** When a subgroup meets: {@code dayOffset} 0 is the meeting's first day. */
    public record Slot(int subgroupNo, int dayOffset, LocalTime start, LocalTime end) {}
}
