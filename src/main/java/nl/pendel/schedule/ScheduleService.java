package nl.pendel.schedule;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.internal.CourseSession;
import nl.pendel.schedule.internal.CourseSessionRepository;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
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
    private final ScheduleWrites writes;
    private final SessionBatchReads batch;
    private final CurrentUser currentUser;

    ScheduleService(
            CourseSessionRepository sessions,
            CourseService courses,
            PersonService people,
            SubgroupService subgroups,
            Validator validator,
            ScheduleWrites writes,
            SessionBatchReads batch,
            CurrentUser currentUser) {
        this.sessions = sessions;
        this.courses = courses;
        this.people = people;
        this.subgroups = subgroups;
        this.validator = validator;
        this.writes = writes;
        this.batch = batch;
        this.currentUser = currentUser;
    }

    /** The stored sessions of a course, by date. */
    public List<SessionView> sessions(long courseId) {
        courses.requireView(courseId);
        return SessionViews.views(
                sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId),
                SessionViews.byId(courses.meetingsOf(courseId)),
                SessionViews.numbers(subgroups.ofCourse(courseId)));
    }

    /**
     * What the course's schedule screen shows: the course, its stored sessions, their conflicts
     * (for the course's trainers and administrators) and the names of who leads them; for whoever
     * may see the course.
     */
    public SchedulePage page(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        CourseDetails details = courses.details(courseId);
        Map<Long, Integer> numbers = SessionViews.numbers(subgroups.ofCourse(courseId));
        List<SessionView> stored = SessionViews.views(
                sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId),
                SessionViews.byId(details.meetings()),
                numbers);
        List<Conflict> conflicts = stored.isEmpty() || !access.canManage(currentUser.require())
                ? List.of()
                : conflicts(
                        details, access, stored.stream().map(SessionDraft::of).toList(), numbers);
        Set<Long> trainerIds = new HashSet<>();
        trainerIds.add(details.summary().trainerId());
        if (details.summary().coTrainerId() != null) {
            trainerIds.add(details.summary().coTrainerId());
        }
        Set<Long> leading = new HashSet<>(trainerIds);
        stored.forEach(s -> leading.add(s.trainerId()));
        List<PersonProfile> profiles = people.profiles(leading);
        return new SchedulePage(
                access,
                details,
                stored,
                conflicts,
                profiles.stream().filter(p -> trainerIds.contains(p.id())).toList(),
                profiles.stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName)));
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
     * {@link CourseService#detailsOf}, so they are not read again; access denied when the
     * signed-in person may not see one of them.
     */
    public Map<Long, List<SessionView>> sessionsOf(Map<Long, CourseDetails> details) {
        return batch.sessionsOf(details);
    }

    /**
     * Planned sessions of all courses from one day to another (inclusive), for background jobs
     * such as reminders; administrators (and the system) only.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<SessionView> plannedBetween(LocalDate from, LocalDate to) {
        return batch.sorted(
                sessions.findByStatusAndDateBetweenOrderByDateAscStartTimeAsc(SessionStatus.PLANNED, from, to));
    }

    /**
     * These sessions (of any courses), by date, in a fixed number of statements: for system work
     * such as a person's data export; administrators (and the system) only.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<SessionView> sessionsWithIds(Collection<Long> sessionIds) {
        return batch.sorted(sessions.findAllById(sessionIds));
    }

    /**
     * The sessions of the signed-in person's own subgroups, in the published and running courses
     * they take part in, by date.
     */
    public List<MySession> mySessions() {
        Map<Long, Long> placements = subgroups.myPlacements();
        Map<Long, CourseDetails> details = courses.detailsOf(placements.keySet());
        details.values().removeIf(d -> !d.summary().status().visibleToTeam());
        return SessionViews.mine(details, placements, sessionsOf(details));
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
        Map<Long, Integer> numbers = SessionViews.numbers(subgroups.ofCourse(courseId));
        if (numbers.isEmpty()) {
            throw new UserFacingException("schedule.error.no-subgroups");
        }
        Map<Long, CourseDetails.Meeting> meetings =
                details.meetings().stream().collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
        Map<String, SessionDraft> existing = sessions.findByCourseIdOrderByDateAscStartTimeAsc(courseId).stream()
                .collect(Collectors.toMap(
                        s -> s.getMeetingId() + "/" + s.getSubgroupId(),
                        s -> SessionDraft.of(SessionViews.view(
                                s, meetings.get(s.getMeetingId()), numbers.getOrDefault(s.getSubgroupId(), 0))),
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
        return conflicts(courses.details(courseId), access, drafts, SessionViews.numbers(subgroups.ofCourse(courseId)));
    }

    private List<Conflict> conflicts(
            CourseDetails details, CourseAccess access, List<SessionDraft> drafts, Map<Long, Integer> numbers) {
        return new ConflictChecker(details, access, drafts, numbers)
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
        writes.store(courseId, drafts);
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
        writes.cancel(courseId, sessionId, version);
        return sessions(courseId);
    }

    /**
     * Plans a cancelled session again at its date and time; refused, with nothing stored, when
     * that now clashes (the trainer, room or people were given to something else meanwhile).
     */
    @Transactional
    public List<SessionView> reinstate(long courseId, long sessionId, long version) {
        courses.requireManage(courseId);
        CourseSession session = writes.stored(courseId, sessionId, version);
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
        writes.reinstate(session);
        return sessions(courseId);
    }
}
