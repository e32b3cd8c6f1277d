package nl.pendel.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores schedules and changes of single sessions for {@link ScheduleService}, which checks role,
 * course and conflicts first and holds the transaction; tells others what changed
 * ({@link ScheduleChanged}).
 */
@Component
class ScheduleWrites {

    private final CourseSessionRepository sessions;
    private final CalendarProperties calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduleWrites(
            CourseSessionRepository sessions,
            CalendarProperties calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Stores these drafts as the course's sessions; refused when one changed since it was read. */
    void store(long courseId, List<SessionDraft> drafts) {
        Map<Long, CourseSession> stored = sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId).stream()
                .collect(Collectors.toMap(CourseSession::getId, Function.identity()));
        Map<Long, Integer> sequences =
                stored.values().stream().collect(Collectors.toMap(CourseSession::getId, CourseSession::getSequence));
        List<CourseSession> added = new ArrayList<>();
        Set<Long> changed = new HashSet<>();
        for (SessionDraft draft : drafts) {
            CourseSession session = sessionFor(courseId, draft, stored);
            session.schedule(
                    draft.getDate(),
                    draft.getStart(),
                    draft.getEnd(),
                    draft.getLocation().strip(),
                    draft.getRoom().strip(),
                    draft.getTrainerId(),
                    clock.instant());
            if (session.getId() == null) {
                added.add(session);
            } else if (session.getSequence() > sequences.get(session.getId())) {
                changed.add(session.getId());
            }
            sessions.save(session);
        }
        sessions.flush();
        publish(new ScheduleChanged(
                courseId, added.stream().map(CourseSession::getId).collect(Collectors.toSet()), changed, Set.of()));
    }

    /** The stored session a draft edits (unchanged since it was read), or a new one for a new draft. */
    private CourseSession sessionFor(long courseId, SessionDraft draft, Map<Long, CourseSession> stored) {
        if (draft.getId() == null) {
            return new CourseSession(
                    courseId,
                    draft.getMeetingId(),
                    draft.getSubgroupId(),
                    uid(courseId, draft.getMeetingId(), draft.getSubgroupId(), calendar.uidDomain()));
        }
        CourseSession session = stored.get(draft.getId());
        if (session == null) {
            throw new UserFacingException("error.not-found");
        }
        Versions.requireUnchanged(session.getVersion(), draft.getVersion());
        return session;
    }

    /** Cancels a stored session that has not started. */
    void cancel(long courseId, long sessionId, long version) {
        CourseSession session = stored(courseId, sessionId, version);
        if (!session.getDate().atTime(session.getStartTime()).isAfter(LocalDateTime.now(clock))) {
            throw new UserFacingException("schedule.error.cancel-started");
        }
        if (session.getStatus() != SessionStatus.CANCELLED) {
            session.cancel(clock.instant());
            sessions.saveAndFlush(session);
            publish(new ScheduleChanged(courseId, Set.of(), Set.of(), Set.of(sessionId)));
        }
    }

    /** Plans a cancelled session again (its clashes checked by the caller). */
    void reinstate(CourseSession session) {
        if (session.getStatus() == SessionStatus.CANCELLED) {
            session.reinstate(clock.instant());
            sessions.saveAndFlush(session);
            publish(new ScheduleChanged(session.getCourseId(), Set.of(), Set.of(session.getId()), Set.of()));
        }
    }

    CourseSession stored(long courseId, long sessionId, long version) {
        CourseSession session = sessions.findById(sessionId)
                .filter(s -> s.getCourseId() == courseId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        Versions.requireUnchanged(session.getVersion(), version);
        return session;
    }

    private void publish(ScheduleChanged change) {
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
    }

    static String uid(long courseId, long meetingId, long subgroupId, String domain) {
        return "session-" + courseId + "-" + meetingId + "-" + subgroupId + "@" + domain;
    }
}
