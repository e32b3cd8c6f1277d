package nl.pendel.schedule;

import java.util.List;
import java.util.Map;
import nl.pendel.course.CourseDetails;

/**
 * The signed-in participant's published and running courses as one read: their placements
 * (course id → subgroup id), the courses' details, every course's stored sessions and their own
 * subgroups' sessions. For screens that show both sessions and homework, so neither reads the
 * courses again.
 */
public record MyCourses(
        long personId,
        Map<Long, Long> placements,
        Map<Long, CourseDetails> details,
        Map<Long, List<SessionView>> sessionsByCourse,
        List<MySession> mySessions) {}
