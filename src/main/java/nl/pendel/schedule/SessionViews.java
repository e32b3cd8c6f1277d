package nl.pendel.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseDetails;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.subgroup.CourseSubgroup;

/** The schedule module's records made from its sessions and the course's meetings and subgroups. */
final class SessionViews {

    private SessionViews() {}

    static List<SessionView> views(
            List<CourseSession> list, Map<Long, CourseDetails.Meeting> meetings, Map<Long, Integer> numbers) {
        return list.stream()
                .map(s -> view(s, meetings.get(s.getMeetingId()), numbers.getOrDefault(s.getSubgroupId(), 0)))
                .toList();
    }

    static Map<Long, CourseDetails.Meeting> byId(List<CourseDetails.Meeting> meetings) {
        return meetings.stream().collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
    }

    /** Subgroup id → number, in the subgroups' order. */
    static Map<Long, Integer> numbers(Collection<CourseSubgroup> subgroups) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        subgroups.forEach(s -> numbers.put(s.id(), s.number()));
        return numbers;
    }

    static SessionView view(CourseSession s, CourseDetails.Meeting meeting, int subgroupNumber) {
        return new SessionView(
                s.getId(),
                s.getCourseId(),
                s.getMeetingId(),
                meeting == null ? 0 : meeting.position(),
                meeting == null ? "" : meeting.title(),
                s.getSubgroupId(),
                subgroupNumber,
                s.getDate(),
                s.getStartTime(),
                s.getEndTime(),
                s.getLocation(),
                s.getRoom(),
                s.getTrainerId(),
                s.getStatus(),
                s.getUid(),
                s.getSequence(),
                s.getVersion());
    }

    /**
     * The sessions of a person's own subgroups in these courses, by date.
     *
     * @param placements course id → the person's subgroup id
     * @param all course id → the course's sessions
     */
    static List<MySession> mine(
            Map<Long, CourseDetails> details, Map<Long, Long> placements, Map<Long, List<SessionView>> all) {
        List<MySession> mine = new ArrayList<>();
        for (CourseDetails course : details.values()) {
            long courseId = course.summary().id();
            Map<Long, CourseDetails.Meeting> meetings = byId(course.meetings());
            for (SessionView s : all.getOrDefault(courseId, List.of())) {
                if (s.subgroupId() == placements.get(courseId)) {
                    mine.add(mySession(s, course, meetings.get(s.meetingId())));
                }
            }
        }
        mine.sort(Comparator.comparing(MySession::date).thenComparing(MySession::start));
        return mine;
    }

    private static MySession mySession(SessionView s, CourseDetails course, CourseDetails.Meeting meeting) {
        return new MySession(
                s.id(),
                s.courseId(),
                course.summary().title(),
                meeting.id(),
                meeting.position(),
                meeting.title(),
                meeting.theme(),
                meeting.preparationTitle(),
                s.subgroupNumber(),
                s.date(),
                s.start(),
                s.end(),
                s.location(),
                s.room(),
                s.status());
    }
}
