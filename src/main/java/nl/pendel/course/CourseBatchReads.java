package nl.pendel.course;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.pendel.course.internal.Course;
import nl.pendel.course.internal.CourseMeeting;
import nl.pendel.course.internal.CourseMeetingRepository;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.course.internal.CourseTitle;
import org.springframework.stereotype.Component;

/**
 * Reads many courses at once, a fixed number of statements however many ids, for
 * {@link CourseService}'s overviews across courses; the service checks role and courses first.
 */
@Component
class CourseBatchReads {

    private final CourseRepository courses;
    private final CourseMeetingRepository meetings;

    CourseBatchReads(CourseRepository courses, CourseMeetingRepository meetings) {
        this.courses = courses;
        this.meetings = meetings;
    }

    /** The details of those of these courses that are {@code visible}, in the order asked. */
    Map<Long, CourseDetails> detailsOf(Collection<Long> courseIds, Predicate<Course> visible) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Course> shown = courses.findWithParticipantsByIdIn(Set.copyOf(courseIds)).stream()
                .filter(visible)
                .collect(Collectors.toMap(Course::getId, Function.identity()));
        if (shown.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CourseDetails.Meeting>> meetingsOf =
                meetings.findByCourseIdInOrderByCourseIdAscPositionAsc(shown.keySet()).stream()
                        .collect(Collectors.groupingBy(
                                CourseMeeting::getCourseId,
                                Collectors.mapping(CourseRecords::meeting, Collectors.toList())));
        Map<Long, CourseDetails> result = new LinkedHashMap<>();
        for (long id : courseIds) {
            Course course = shown.get(id);
            if (course != null) {
                result.put(id, CourseRecords.details(course, meetingsOf.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    /** The access facts of those of these courses that are {@code visible}, course id → facts, in one query. */
    Map<Long, CourseAccess> accessOf(Collection<Long> courseIds, Predicate<CourseAccess> visible) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return courses.findWithParticipantsByIdIn(Set.copyOf(courseIds)).stream()
                .map(CourseRecords::access)
                .filter(visible)
                .collect(Collectors.toMap(CourseAccess::courseId, Function.identity()));
    }

    /** Course id → title, in one query. */
    Map<Long, String> titles(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return courses.titlesOf(courseIds).stream().collect(Collectors.toMap(CourseTitle::id, CourseTitle::title));
    }

    /** Meeting id → meeting, in one query. */
    Map<Long, CourseDetails.Meeting> meetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return meetings.findByIdIn(meetingIds).stream()
                .map(CourseRecords::meeting)
                .collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
    }
}
