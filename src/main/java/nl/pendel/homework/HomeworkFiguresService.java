package nl.pendel.homework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.internal.Deadlines;
import nl.pendel.homework.internal.HomeworkFigureReads;
import nl.pendel.homework.internal.HomeworkFigureReads.HandIn;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.PendelUser;
import nl.pendel.subgroup.CourseSubgroup;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The homework figures of a course, for its trainers and the team lead: counts, never texts. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HomeworkFiguresService {

    private final HomeworkFigureReads reads;
    private final CourseService courses;
    private final TrainerCourses trainerCourses;
    private final Clock clock;

    HomeworkFiguresService(
            HomeworkFigureReads reads, CourseService courses, TrainerCourses trainerCourses, Clock clock) {
        this.reads = reads;
        this.courses = courses;
        this.trainerCourses = trainerCourses;
        this.clock = clock;
    }

    /**
     * Per meeting, in order: how many participants handed in on time, late, not yet, or not at all.
     * Handed in (also when judged "nog niet" and being adjusted) counts by the late flag of the
     * newest version; otherwise the participant's
     * deadline ({@link Deadlines}) decides between missing and open.
     */
    public List<MeetingCompletion> completion(long courseId) {
        CourseAccess access = requireFigures(courseId);
        List<CourseDetails.Meeting> meetings = courses.meetingsOf(courseId);
        return completion(
                access, meetings, trainerCourses.deadlines(courseId, meetings), trainerCourses.placements(courseId));
    }

    /**
     * As {@link #completion(long)}, from the course's meetings, subgroups and stored sessions the
     * caller already read (so they are not read again); checked the same way, and only this
     * course's meetings, subgroups and sessions count.
     */
    public List<MeetingCompletion> completion(
            long courseId,
            List<CourseDetails.Meeting> meetings,
            List<CourseSubgroup> courseSubgroups,
            List<SessionView> courseSessions) {
        CourseAccess access = requireFigures(courseId);
        List<CourseSubgroup> groups =
                courseSubgroups.stream().filter(s -> s.courseId() == courseId).toList();
        Deadlines deadlines = new Deadlines(
                courseSessions.stream().filter(s -> s.courseId() == courseId).toList(),
                trainerCourses.settingRows(meetings));
        return completion(access, meetings, deadlines, TrainerCourses.placements(groups));
    }

    /**
     * Per participant, how many meetings' homework the trainers judged {@link Outcome#VOLDAAN}
     * (the newest judgement counts; 0 without any), in one statement. For the course's trainers,
     * administrators and its team lead every participant; for a participant only themselves.
     *
     * @param access the course's access facts the caller read ({@code CourseService.accessOf})
     */
    public Map<Long, Integer> outcomes(CourseAccess access) {
        Set<Long> whom = access.participantsWhoseFiguresMayBeRead(trainerCourses.user());
        Map<Long, Integer> voldaan = reads.voldaan(access.courseId());
        Map<Long, Integer> result = new TreeMap<>();
        whom.forEach(person -> result.put(person, voldaan.getOrDefault(person, 0)));
        return result;
    }

    private CourseAccess requireFigures(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = trainerCourses.user();
        if (!access.canManage(user) && !TrainerCourses.isLead(access, user)) {
            throw new AccessDeniedException("Completion figures are for the trainers and the team lead");
        }
        return access;
    }

    private List<MeetingCompletion> completion(
            CourseAccess access,
            List<CourseDetails.Meeting> meetings,
            Deadlines deadlines,
            Map<Long, Long> placements) {
        long courseId = access.courseId();
        Map<Long, Map<Long, HandIn>> handIns = reads.handIns(courseId).stream()
                .collect(Collectors.groupingBy(
                        HandIn::meetingId, Collectors.toMap(HandIn::personId, Function.identity())));
        LocalDateTime now = LocalDateTime.now(clock);
        return meetings.stream()
                .map(meeting -> {
                    Map<Completion, Integer> counts = new EnumMap<>(Completion.class);
                    for (long person : access.participantIds()) {
                        HandIn handIn =
                                handIns.getOrDefault(meeting.id(), Map.of()).get(person);
                        boolean passed = deadlines.passed(meeting.id(), placements.get(person), now);
                        counts.merge(completion(handIn, passed), 1, Integer::sum);
                    }
                    return new MeetingCompletion(
                            meeting.id(),
                            meeting.position(),
                            meeting.title(),
                            counts.getOrDefault(Completion.ON_TIME, 0),
                            counts.getOrDefault(Completion.LATE, 0),
                            counts.getOrDefault(Completion.OPEN, 0),
                            counts.getOrDefault(Completion.MISSING, 0));
                })
                .toList();
    }

    private static Completion completion(HandIn handIn, boolean deadlinePassed) {
        // work judged "nog niet" is a draft again, but was handed in (as the trainer's overview counts it)
        boolean handedIn =
                handIn != null && (handIn.state() == HomeworkState.SUBMITTED || handIn.outcome() == Outcome.NOG_NIET);
        if (handedIn && handIn.lastLate() != null) {
            return handIn.lastLate() ? Completion.LATE : Completion.ON_TIME;
        }
        return deadlinePassed ? Completion.MISSING : Completion.OPEN;
    }
}
