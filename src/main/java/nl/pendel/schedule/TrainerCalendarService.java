package nl.pendel.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's calendar across all their courses: the sessions of every course they train or
 * co-train, and every session they give themselves, cancelled ones included. Only for people
 * with the trainer role, and only their own sessions. The number of SQL statements does not
 * depend on the number of courses or sessions.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.TRAINER + "')")
public class TrainerCalendarService {

    private final CourseSessionRepository sessions;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final CurrentUser currentUser;

    TrainerCalendarService(
            CourseSessionRepository sessions,
            CourseService courses,
            SubgroupService subgroups,
            CurrentUser currentUser) {
        this.sessions = sessions;
        this.courses = courses;
        this.subgroups = subgroups;
        this.currentUser = currentUser;
    }

    /** The signed-in trainer's sessions from {@code from} to {@code to} (both included), by time. */
    public List<CalendarSession> sessions(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        PendelUser user = currentUser.require();
        Set<Long> trained = Set.copyOf(courses.courseIdsTrainedBy(user.personId()));
        List<CourseSession> found = sessions.findForTrainer(trained, user.personId(), from, to);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles = courses.titles(ids(found, CourseSession::getCourseId));
        Map<Long, CourseDetails.Meeting> meetings = courses.meetings(ids(found, CourseSession::getMeetingId));
        Map<Long, Integer> numbers = subgroups.withIds(ids(found, CourseSession::getSubgroupId)).values().stream()
                .collect(Collectors.toMap(CourseSubgroup::id, CourseSubgroup::number));
        boolean admin = user.hasRole(Role.ADMIN);
        return found.stream()
                .map(s -> {
                    CourseDetails.Meeting meeting = meetings.get(s.getMeetingId());
                    return new CalendarSession(
                            s.getId(),
                            s.getCourseId(),
                            titles.getOrDefault(s.getCourseId(), ""),
                            meeting == null ? 0 : meeting.position(),
                            meeting == null ? "" : meeting.title(),
                            meeting == null ? "" : meeting.theme(),
                            numbers.getOrDefault(s.getSubgroupId(), 0),
                            s.getDate(),
                            s.getStartTime(),
                            s.getEndTime(),
                            s.getLocation(),
                            s.getRoom(),
                            s.getStatus(),
                            admin || trained.contains(s.getCourseId()));
                })
                .toList();
    }

    static Set<Long> ids(List<CourseSession> list, Function<CourseSession, Long> id) {
        return list.stream().map(id).collect(Collectors.toSet());
    }
}
