package nl.pendel.schedule;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.security.Roles;
import nl.pendel.shared.ReadMemo;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of a course. Trainers generate a schedule from the course's session pattern,
 * check it, adapt single sessions and save it; a schedule with a hard conflict is never stored.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScheduleService {

    private final CourseSessionRepository sessions;
    private final CourseService courses;
    private final PersonService people;
    private final SubgroupService subgroups;
    private final Validator validator;
    private final CalendarProperties calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduleService(
            CourseSessionRepository sessions,
            CourseService courses,
            PersonService people,
            SubgroupService subgroups,
            Validator validator,
            CalendarProperties calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.people = people;
        this.subgroups = subgroups;
        this.validator = validator;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** The stored sessions of a course, by date. */
    public List<SessionView> sessions(long courseId) {
        courses.requireView(courseId);
        return views(
                courseId,
                ReadMemo.get(
                        "schedule.sessions",
                        courseId,
                        () -> sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId)));
    }

    /**
     * The stored sessions of those of these courses the signed-in person may see, course id →
     * sessions by date, in a fixed number of statements however many courses.
     */
    public Map<Long, List<SessionView>> sessionsOf(Collection<Long> courseIds) {
        return sessionsOf(courses.detailsOf(courseIds));
    }

    /**
     * As {@link #sessionsOf(Collection)}, for courses whose details the caller already has from
     * {@link CourseService#detailsOf} (which checked them), so they are not read again.
     */
    public Map<Long, List<SessionView>> sessionsOf(Map<Long, CourseDetails> details) {
        if (details.isEmpty()) {
            return Map.of();
        }
        Map<Long, CourseDetails.Meeting> meetings = details.values().stream()
                .flatMap(d -> d.meetings().stream())
                .collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
        Map<Long, Integer> numbers = subgroups.numbersInCourses(details.keySet());
        Map<Long, List<SessionView>> result = new java.util.LinkedHashMap<>();
        details.keySet().forEach(id -> result.put(id, new ArrayList<>()));
        java.util.Set<Long> courseIds = java.util.Set.copyOf(details.keySet());
        for (CourseSession s : ReadMemo.get(
                "schedule.sessions-of",
                courseIds,
                () -> sessions.findByCourseIdInOrderByDateAscStartTimeAsc(courseIds))) {
            result.get(s.getCourseId())
                    .add(view(s, meetings.get(s.getMeetingId()), numbers.getOrDefault(s.getSubgroupId(), 0)));
        }
        return result;
    }

    /**
     * Planned sessions of all courses from one day to another (inclusive), for background jobs
     * such as reminders; administrators (and the system) only.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<SessionView> plannedBetween(LocalDate from, LocalDate to) {
        List<SessionView> result = new ArrayList<>();
        sessions.findByStatusAndDateBetweenOrderByDateAscStartTimeAsc(SessionStatus.PLANNED, from, to).stream()
                .collect(Collectors.groupingBy(CourseSession::getCourseId))
                .forEach((courseId, list) -> result.addAll(views(courseId, list)));
        result.sort(Comparator.comparing(SessionView::date).thenComparing(SessionView::start));
        return result;
    }

    /**
     * The sessions of the signed-in person's own subgroups, in the published and running courses
     * they take part in, by date.
     */
    public List<MySession> mySessions() {
        List<MySession> mine = new ArrayList<>();
        Map<Long, Long> placements = subgroups.myPlacements();
        Map<Long, CourseDetails> details = courses.detailsOf(placements.keySet());
        details.values().removeIf(d -> !d.summary().status().visibleToTeam());
        Map<Long, List<SessionView>> all = sessionsOf(details);
        for (CourseDetails course : details.values()) {
            long courseId = course.summary().id();
            Map<Long, CourseDetails.Meeting> meetings = course.meetings().stream()
                    .collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
            for (SessionView s : all.getOrDefault(courseId, List.of())) {
                if (s.subgroupId() != placements.get(courseId)) {
                    continue;
                }
                CourseDetails.Meeting meeting = meetings.get(s.meetingId());
                mine.add(new MySession(
                        s.id(),
                        courseId,
                        course.summary().title(),
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
                        s.status()));
            }
        }
        mine.sort(Comparator.comparing(MySession::date).thenComparing(MySession::start));
        return mine;
    }

    /**
     * A schedule from the course's session pattern ({@link ScheduleGenerator}): for every meeting
     * with a first day, a session per subgroup on that day plus the subgroup's day offset, at its
     * times, led by the trainer or — where the trainer is taken then — the co-trainer. Sessions
     * that exist already are updated rather than replaced, so their calendar entries stay the
     * same. Nothing is stored.
     */
    public List<SessionDraft> generate(long courseId, Map<Long, LocalDate> firstDayPerMeeting, String location) {
        CourseAccess access = courses.requireManage(courseId);
        nl.pendel.shared.OneLineText.check(location);
        CourseDetails details = courses.details(courseId);
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(courseId);
        if (numbers.isEmpty()) {
            throw new UserFacingException("schedule.error.no-subgroups");
        }
        Map<Long, CourseDetails.Meeting> meetings =
                details.meetings().stream().collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
        Map<String, SessionDraft> existing = sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId).stream()
                .collect(Collectors.toMap(
                        s -> s.getMeetingId() + "/" + s.getSubgroupId(),
                        s -> SessionDraft.of(
                                view(s, meetings.get(s.getMeetingId()), numbers.getOrDefault(s.getSubgroupId(), 0))),
                        (a, b) -> a));
        List<SessionDraft> drafts =
                ScheduleGenerator.generate(details, numbers, existing, firstDayPerMeeting, location);
        List<ScheduleGenerator.Taken> elsewhere = List.of();
        if (access.coTrainerId() != null && !drafts.isEmpty()) {
            Set<LocalDate> dates = drafts.stream().map(SessionDraft::getDate).collect(Collectors.toSet());
            elsewhere = sessions.findOtherCoursesOn(courseId, dates).stream()
                    .map(s -> new ScheduleGenerator.Taken(
                            s.getTrainerId(), s.getDate(), s.getStartTime(), s.getEndTime()))
                    .toList();
        }
        ScheduleGenerator.divideTrainers(drafts, access, firstDayPerMeeting.keySet(), elsewhere);
        return drafts;
    }

    /**
     * Everything wrong with this schedule (the course's whole set of sessions); clashes with other
     * courses name the people, the course and its time. For trainers and administrators (who may
     * read other courses' titles), of a course they train: a trainer who only takes part in it
     * learns nothing of other courses through it.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public List<Conflict> check(long courseId, List<SessionDraft> drafts) {
        CourseAccess access = courses.requireTrainerOrAdministrator(courseId);
        CourseDetails details = courses.details(courseId);
        return new ConflictChecker(details, access, drafts, subgroups)
                .conflicts(new OtherCourseClashes(access.courseId(), drafts, subgroups, sessions, people, courses));
    }

    /**
     * Stores the course's schedule. Refused, with nothing stored, when a field is invalid, a
     * hard conflict exists, or a session changed since it was loaded.
     */
    @Transactional
    public List<SessionView> save(long courseId, List<SessionDraft> drafts) {
        courses.requireManage(courseId);
        for (SessionDraft draft : drafts) {
            Set<ConstraintViolation<SessionDraft>> violations = validator.validate(draft);
            if (!violations.isEmpty()) {
                throw new UserFacingException(
                        "schedule.error.incomplete", draft.getMeetingPosition(), draft.getSubgroupNumber());
            }
        }
        List<Conflict> hard =
                check(courseId, drafts).stream().filter(Conflict::hard).toList();
        if (!hard.isEmpty()) {
            throw new ScheduleConflictException(hard.getFirst());
        }
        Map<Long, CourseSession> stored = sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId).stream()
                .collect(Collectors.toMap(CourseSession::getId, Function.identity()));
        Map<Long, Integer> sequences =
                stored.values().stream().collect(Collectors.toMap(CourseSession::getId, CourseSession::getSequence));
        List<CourseSession> added = new ArrayList<>();
        Set<Long> changed = new HashSet<>();
        for (SessionDraft draft : drafts) {
            CourseSession session;
            if (draft.getId() != null) {
                session = stored.get(draft.getId());
                if (session == null) {
                    throw new UserFacingException("error.not-found");
                }
                Versions.requireUnchanged(session.getVersion(), draft.getVersion());
            } else {
                session = new CourseSession(
                        courseId,
                        draft.getMeetingId(),
                        draft.getSubgroupId(),
                        uid(courseId, draft.getMeetingId(), draft.getSubgroupId(), calendar.uidDomain()));
            }
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
        return sessions(courseId);
    }

    /** Changes one session; the rest of the schedule is checked with it. */
    @Transactional
    public List<SessionView> update(long courseId, SessionDraft changed) {
        List<SessionDraft> all = new ArrayList<>();
        for (SessionView session : sessions(courseId)) {
            all.add(Objects.equals(session.id(), changed.getId()) ? changed : SessionDraft.of(session));
        }
        return save(courseId, all);
    }

    /**
     * Cancels one stored session: it stays in the schedule and in calendars, marked cancelled,
     * and no longer holds its trainer, room or people. Refused when it changed since it was read.
     */
    @Transactional
    public List<SessionView> cancel(long courseId, long sessionId, long version) {
        courses.requireManage(courseId);
        CourseSession session = stored(courseId, sessionId, version);
        if (!session.getDate().atTime(session.getStartTime()).isAfter(LocalDateTime.now(clock))) {
            throw new UserFacingException("schedule.error.cancel-started");
        }
        if (session.getStatus() != SessionStatus.CANCELLED) {
            session.cancel(clock.instant());
            sessions.saveAndFlush(session);
            publish(new ScheduleChanged(courseId, Set.of(), Set.of(), Set.of(sessionId)));
        }
        return sessions(courseId);
    }

    /**
     * Plans a cancelled session again at its date and time; refused, with nothing stored, when
     * that now clashes (the trainer, room or people were given to something else meanwhile).
     */
    @Transactional
    public List<SessionView> reinstate(long courseId, long sessionId, long version) {
        courses.requireManage(courseId);
        CourseSession session = stored(courseId, sessionId, version);
        List<SessionDraft> all = new ArrayList<>();
        SessionDraft reinstated = null;
        for (SessionView view : sessions(courseId)) {
            SessionDraft draft = SessionDraft.of(view);
            if (view.id() == sessionId) {
                reinstated = draft;
            }
            all.add(draft);
        }
        List<Conflict> before = check(courseId, all);
        Objects.requireNonNull(reinstated).setStatus(SessionStatus.PLANNED);
        check(courseId, all).stream()
                .filter(c -> c.hard() && !before.contains(c))
                .findFirst()
                .ifPresent(c -> {
                    throw new ScheduleConflictException(c);
                });
        if (session.getStatus() == SessionStatus.CANCELLED) {
            session.reinstate(clock.instant());
            sessions.saveAndFlush(session);
            publish(new ScheduleChanged(courseId, Set.of(), Set.of(sessionId), Set.of()));
        }
        return sessions(courseId);
    }

    private void publish(ScheduleChanged change) {
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
    }

    private CourseSession stored(long courseId, long sessionId, long version) {
        CourseSession session = sessions.findById(sessionId)
                .filter(s -> s.getCourseId() == courseId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        Versions.requireUnchanged(session.getVersion(), version);
        return session;
    }

    static String uid(long courseId, long meetingId, long subgroupId, String domain) {
        return "session-" + courseId + "-" + meetingId + "-" + subgroupId + "@" + domain;
    }

    private List<SessionView> views(long courseId, List<CourseSession> list) {
        Map<Long, CourseDetails.Meeting> meetings = courses.meetingsOf(courseId).stream()
                .collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
        Map<Long, Integer> numbers = subgroups.subgroupNumbers(courseId);
        return list.stream()
                .map(s -> view(s, meetings.get(s.getMeetingId()), numbers.getOrDefault(s.getSubgroupId(), 0)))
                .toList();
    }

    private static SessionView view(CourseSession s, CourseDetails.@Nullable Meeting meeting, int subgroupNumber) {
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

    static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static <K> Map<K, List<SessionDraft>> group(List<SessionDraft> drafts, Function<SessionDraft, K> key) {
        Map<K, List<SessionDraft>> groups = new HashMap<>();
        drafts.forEach(d ->
                groups.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
        return groups;
    }

    static Set<Long> with(Set<Long> set, Long extra) {
        Set<Long> copy = new HashSet<>(set);
        copy.add(extra);
        return copy;
    }
}
