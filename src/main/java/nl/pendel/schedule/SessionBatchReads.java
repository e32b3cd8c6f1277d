package nl.pendel.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.stereotype.Component;

/**
 * Reads the sessions of many courses at once, a fixed number of statements however many, for
 * {@link ScheduleService}, which checks role and courses first.
 */
@Component
class SessionBatchReads {

    private final CourseSessionRepository sessions;
    private final CourseService courses;
    private final SubgroupService subgroups;

    SessionBatchReads(CourseSessionRepository sessions, CourseService courses, SubgroupService subgroups) {
        this.sessions = sessions;
        this.courses = courses;
        this.subgroups = subgroups;
    }

    /**
     * The stored sessions of these courses, course id → sessions by date; access denied (by
     * {@link SubgroupService#inCourses}) when the signed-in person may not see one of them.
     */
    Map<Long, List<SessionView>> sessionsOf(Map<Long, CourseDetails> details) {
        if (details.isEmpty()) {
            return Map.of();
        }
        Map<Long, CourseDetails.Meeting> meetings = details.values().stream()
                .flatMap(d -> d.meetings().stream())
                .collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
        Map<Long, Integer> numbers = SessionViews.numbers(subgroups.inCourses(
                details.values().stream().map(CourseDetails::access).toList()));
        Map<Long, List<SessionView>> result = new LinkedHashMap<>();
        details.keySet().forEach(id -> result.put(id, new ArrayList<>()));
        for (CourseSession s : sessions.findByCourseIdInOrderByDateAscStartTimeAsc(Set.copyOf(details.keySet()))) {
            result.get(s.getCourseId())
                    .add(SessionViews.view(
                            s, meetings.get(s.getMeetingId()), numbers.getOrDefault(s.getSubgroupId(), 0)));
        }
        return result;
    }

    /** Sessions of any courses as views, by date. */
    List<SessionView> sorted(List<CourseSession> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, CourseDetails.Meeting> meetings =
                courses.meetings(found.stream().map(CourseSession::getMeetingId).collect(Collectors.toSet()));
        Map<Long, Integer> numbers = SessionViews.numbers(subgroups
                .withIds(found.stream().map(CourseSession::getSubgroupId).collect(Collectors.toSet()))
                .values());
        return SessionViews.views(found, meetings, numbers).stream()
                .sorted(Comparator.comparing(SessionView::date).thenComparing(SessionView::start))
                .toList();
    }
}
