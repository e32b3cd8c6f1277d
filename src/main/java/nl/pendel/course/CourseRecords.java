package nl.pendel.course;

import java.util.Comparator;
import java.util.List;
import nl.pendel.course.internal.Course;
import nl.pendel.course.internal.CourseMeeting;
import nl.pendel.course.internal.SessionSlot;

/** The course module's records made from its entities. */
final class CourseRecords {

    private CourseRecords() {}

    static CourseDetails details(Course course, List<CourseDetails.Meeting> meetingList) {
        List<CourseDetails.Slot> slots = course.getSessionSlots().stream()
                .sorted(Comparator.comparingInt(SessionSlot::getSubgroupNo))
                .map(s -> new CourseDetails.Slot(s.getSubgroupNo(), s.getDayOffset(), s.getStartTime(), s.getEndTime()))
                .toList();
        return new CourseDetails(summary(course), course.getParticipantIds(), meetingList, slots);
    }

    static CourseDetails.Meeting meeting(CourseMeeting m) {
        return new CourseDetails.Meeting(
                m.getId(),
                m.getPosition(),
                m.getTitle(),
                nullToEmpty(m.getTheme()),
                m.getPreparationTitle(),
                m.getPreparationInstructions(),
                List.copyOf(m.getAgenda()),
                m.isAsksCaseloadThemes(),
                m.getVersion());
    }

    static CourseAccess access(Course course) {
        return new CourseAccess(
                course.getId(),
                course.getTeamId(),
                course.getTrainerId(),
                course.getCoTrainerId(),
                course.getParticipantIds(),
                course.getStatus());
    }

    static CourseSummary summary(Course course) {
        return new CourseSummary(
                course.getId(),
                course.getTitle(),
                course.getTeamId(),
                course.getProgrammeVersionId(),
                course.getStartsOn(),
                course.getEndsOn(),
                course.getStatus(),
                course.getTrainerId(),
                course.getCoTrainerId(),
                course.getParticipantIds().size(),
                course.getSubgroupCount(),
                course.isRemindersEnabled(),
                course.isEverPublished(),
                course.getVersion());
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
