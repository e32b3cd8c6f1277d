package nl.pendel.course;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.internal.Course;
import nl.pendel.course.internal.CourseMeeting;
import nl.pendel.course.internal.CourseMeetingRepository;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.course.internal.CourseTitle;
import nl.pendel.course.internal.SessionSlot;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.ReadMemo;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Courses. Trainers create courses from a programme version (or by copying an earlier course) and
 * manage the ones they train; administrators manage all; participants and the team lead read the
 * published courses that concern them. Every method checks the course itself, not only the role.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CourseService {

    private final CourseRepository courses;
    private final CourseMeetingRepository meetings;
    private final ProgrammeService programmes;
    private final CourseDraftRules rules;
    private final CourseStatusSteps steps;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseService(
            CourseRepository courses,
            CourseMeetingRepository meetings,
            ProgrammeService programmes,
            CourseDraftRules rules,
            CourseStatusSteps steps,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.courses = courses;
        this.meetings = meetings;
        this.programmes = programmes;
        this.rules = rules;
        this.steps = steps;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The courses the signed-in person may see, newest first. */
    public List<CourseSummary> visibleCourses(Pageable pageable) {
        PendelUser user = currentUser.require();
        return courses.visibleTo(user.hasRole(Role.ADMIN), user.personId(), leadTeam(user), pageable).stream()
                .map(CourseService::summary)
                .toList();
    }

    public long countVisibleCourses() {
        PendelUser user = currentUser.require();
        return courses.countVisibleTo(user.hasRole(Role.ADMIN), user.personId(), leadTeam(user));
    }

    /**
     * The published, running and closed courses the signed-in person takes part in, newest first,
     * in one statement (for a participant's own overviews; every one of them they may see).
     */
    public List<CourseSummary> myParticipations() {
        PendelUser user = currentUser.require();
        return courses.takenPartInBy(user.personId()).stream()
                .filter(c -> access(c).canView(user))
                .map(CourseService::summary)
                .toList();
    }

    /** Who is involved in the course; no access check (for the other modules' own checks). */
    public Optional<CourseAccess> access(long courseId) {
        return courses.findById(courseId).map(CourseService::access);
    }

    /** The course's access facts, or access denied when the signed-in person may not see it. */
    public CourseAccess requireView(long courseId) {
        CourseAccess access = access(courseId).orElseThrow(CourseService::notFound);
        if (!access.canView(currentUser.require())) {
            throw new AccessDeniedException("Course " + courseId + " is not visible to this person");
        }
        return access;
    }

    /**
     * The course, for its trainers and administrators, also once it is closed (to read what only
     * they may read); anyone else is denied.
     */
    public CourseAccess requireTrainerOrAdministrator(long courseId) {
        CourseAccess access = access(courseId).orElseThrow(CourseService::notFound);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Course " + courseId + " is not managed by this person");
        }
        return access;
    }

    /** As {@link #requireView}, for changing the course: its trainers and administrators only. */
    public CourseAccess requireManage(long courseId) {
        CourseAccess access = access(courseId).orElseThrow(CourseService::notFound);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Course " + courseId + " is not managed by this person");
        }
        if (!access.status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        return access;
    }

    /** The course's summary, without its meetings and pattern; for everyone who may see the course. */
    public CourseSummary summary(long courseId) {
        requireView(courseId);
        return summary(courses.findById(courseId).orElseThrow(CourseService::notFound));
    }

    /** The course's meetings in order, without its other details; for everyone who may see the course. */
    public List<CourseDetails.Meeting> meetingsOf(long courseId) {
        requireView(courseId);
        return meetingList(courseId);
    }

    public CourseDetails details(long courseId) {
        requireView(courseId);
        Course course = courses.findById(courseId).orElseThrow(CourseService::notFound);
        return details(course);
    }

    /**
     * The details of those of these courses the signed-in person may see, course id → details, in
     * the order asked; the others are left out. A fixed number of statements however many courses
     * (for a participant's overviews across their courses).
     */
    public Map<Long, CourseDetails> detailsOf(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        PendelUser user = currentUser.require();
        java.util.Set<Long> asked = java.util.Set.copyOf(courseIds);
        Map<Long, Course> visible =
                ReadMemo.get("course.by-ids", asked, () -> courses.findWithParticipantsByIdIn(asked)).stream()
                        .filter(c -> access(c).canView(user))
                        .collect(Collectors.toMap(Course::getId, Function.identity()));
        if (visible.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CourseDetails.Meeting>> meetingsOf = ReadMemo.get(
                        "course.meetings-of",
                        java.util.Set.copyOf(visible.keySet()),
                        () -> meetings.findByCourseIdInOrderByCourseIdAscPositionAsc(visible.keySet()))
                .stream()
                .collect(Collectors.groupingBy(
                        CourseMeeting::getCourseId, Collectors.mapping(CourseService::meeting, Collectors.toList())));
        Map<Long, CourseDetails> result = new java.util.LinkedHashMap<>();
        for (long id : courseIds) {
            Course course = visible.get(id);
            if (course != null) {
                result.put(id, details(course, meetingsOf.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    /**
     * The courses this person trains or co-trains ({@link CourseAccess#isTrainer}), in any status,
     * by id. Only for the signed-in person themselves, or for an administrator.
     */
    public List<Long> courseIdsTrainedBy(long personId) {
        PendelUser user = currentUser.require();
        if (user.personId() != personId && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only one's own courses");
        }
        return courses.idsTrainedBy(personId);
    }

    /**
     * The titles of these courses, course id → title, in one query. No check of the courses
     * themselves: for trainers' overviews across courses, whose own checks chose the ids.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public Map<Long, String> titles(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return courses.titlesOf(courseIds).stream().collect(Collectors.toMap(CourseTitle::id, CourseTitle::title));
    }

    /**
     * These meetings (of any courses), meeting id → meeting, in one query. No check of the
     * courses themselves: for trainers' overviews across courses, whose own checks chose the ids.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public Map<Long, CourseDetails.Meeting> meetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return meetings.findByIdIn(meetingIds).stream()
                .map(CourseService::meeting)
                .collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
    }

    /**
     * The caseload themes participants of this course choose from (e.g. in the homework of a
     * meeting that {@link CourseDetails.Meeting#asksCaseloadThemes asks for them}), in order: the
     * theme list version the course started with. Empty when the course has none. For everyone
     * who may see the course.
     */
    public List<CaseloadTheme> caseloadThemes(long courseId) {
        requireView(courseId);
        Long themeListVersionId = courses.findById(courseId)
                .map(Course::getCaseloadThemeListVersionId)
                .orElse(null);
        if (themeListVersionId == null) {
            return List.of();
        }
        return programmes.caseloadThemes(themeListVersionId).stream()
                .map(t -> new CaseloadTheme(t.key(), t.label(), t.description()))
                .toList();
    }

    /** Creates a course in status concept, with a copy of the programme's meetings and pattern. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public CourseSummary create(@Valid CourseDraft draft) {
        ProgrammeOutline outline = programmes
                .outline(draft.getProgrammeVersionId())
                .orElseThrow(() -> new UserFacingException("course.error.programme-unknown"));
        Course course = new Course(draft.getTeamId(), draft.getProgrammeVersionId(), clock.instant());
        apply(course, draft);
        if (outline.caseloadThemes() != null) {
            course.setCaseloadThemeListVersionId(outline.caseloadThemes().id());
        }
        outline.sessionPattern().forEach(slot -> course.getSessionSlots()
                .add(new SessionSlot(slot.subgroup(), slot.day() - 1, slot.start(), slot.end())));
        Course saved = store(course);
        for (ProgrammeOutline.Meeting m : outline.meetings()) {
            CourseMeeting meeting = new CourseMeeting(saved.getId(), m.position());
            meeting.setTitle(m.title());
            meeting.setTheme(m.theme());
            meeting.setPreparationTitle(m.preparationTitle());
            meeting.setPreparationInstructions(m.preparationInstructions());
            meeting.setAsksCaseloadThemes(m.asksCaseloadThemes());
            meeting.setAgenda(m.agenda());
            meetings.save(meeting);
        }
        events.publishEvent(new CourseSaved(saved.getId()));
        return summary(saved);
    }

    /**
     * Starts a new course from an earlier one: its meetings (as the trainers adapted them) and
     * session pattern, with the draft's team, period, trainers and participants.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public CourseSummary copy(long sourceCourseId, @Valid CourseDraft draft) {
        requireView(sourceCourseId);
        Course source = courses.findById(sourceCourseId).orElseThrow(CourseService::notFound);
        draft.setProgrammeVersionId(source.getProgrammeVersionId());
        Course course = new Course(draft.getTeamId(), source.getProgrammeVersionId(), clock.instant());
        apply(course, draft);
        course.setCopiedFromId(source.getId());
        course.setCaseloadThemeListVersionId(source.getCaseloadThemeListVersionId());
        source.getSessionSlots().forEach(slot -> course.getSessionSlots()
                .add(new SessionSlot(
                        slot.getSubgroupNo(), slot.getDayOffset(), slot.getStartTime(), slot.getEndTime())));
        Course saved = store(course);
        for (CourseMeeting m : meetings.findByCourseIdOrderByPosition(source.getId())) {
            CourseMeeting meeting = new CourseMeeting(saved.getId(), m.getPosition());
            meeting.setTitle(m.getTitle());
            meeting.setTheme(m.getTheme());
            meeting.setPreparationTitle(m.getPreparationTitle());
            meeting.setPreparationInstructions(m.getPreparationInstructions());
            meeting.setAsksCaseloadThemes(m.isAsksCaseloadThemes());
            meeting.setAgenda(m.getAgenda());
            meetings.save(meeting);
        }
        events.publishEvent(new CourseSaved(saved.getId()));
        return summary(saved);
    }

    /** Changes title, period, trainers, participants and number of subgroups. */
    @Transactional
    public CourseSummary update(@Valid CourseDraft draft) {
        requireManage(draft.getId());
        Course course = courses.findById(draft.getId()).orElseThrow(CourseService::notFound);
        Versions.requireUnchanged(course.getVersion(), draft.getVersion());
        if (!course.getTeamId().equals(draft.getTeamId())) {
            throw new UserFacingException("course.error.team-fixed");
        }
        apply(course, draft);
        course.touch(clock.instant());
        CourseSummary saved = summary(store(course));
        events.publishEvent(new CourseSaved(saved.id()));
        return saved;
    }

    /**
     * Moves the course one step ({@link CourseStatus#next}); its trainers and administrators.
     * Publishing invites everyone concerned, as {@link #publish} does.
     */
    @Transactional
    public CourseSummary changeStatus(long courseId, long version, CourseStatus target) {
        return steps.change(courseId, version, target);
    }

    /**
     * Publishes the concept course: its participants and the lead of its team see it from now on,
     * and every participant and trainer gets an invitation per upcoming session (written to the
     * outbox in this transaction). Answers what was written.
     */
    @Transactional
    public Publication publish(long courseId, long version) {
        return steps.publish(courseId, version);
    }

    /** Whom {@link #publish} would invite now, for the trainer to confirm first; writes nothing. */
    public PublicationPreview publicationPreview(long courseId) {
        return steps.preview(courseId);
    }

    /** Switches the session reminders of a course on or off (its trainers and administrators). */
    @Transactional
    public CourseSummary changeReminders(long courseId, long version, boolean enabled) {
        requireManage(courseId);
        Course course = courses.findById(courseId).orElseThrow(CourseService::notFound);
        Versions.requireUnchanged(course.getVersion(), version);
        course.setRemindersEnabled(enabled);
        course.touch(clock.instant());
        return summary(courses.saveAndFlush(course));
    }

    private void apply(Course course, CourseDraft draft) {
        // who takes part already stays until taken out; only those added are checked against the team
        rules.check(
                draft,
                course.getId(),
                java.util.Objects.equals(course.getTeamId(), draft.getTeamId())
                        ? course.getParticipantIds()
                        : java.util.Set.of());
        course.setTitle(draft.getTitle().strip());
        course.setStartsOn(draft.getStartsOn());
        course.setEndsOn(draft.getEndsOn());
        course.setTrainerId(draft.getTrainerId());
        course.setCoTrainerId(draft.getCoTrainerId());
        course.setSubgroupCount(draft.getSubgroupCount());
        course.getParticipantIds().clear();
        course.getParticipantIds().addAll(draft.getParticipantIds());
    }

    /**
     * Saves a new or changed course; a title that another open course got at the same moment
     * (after the check in {@link CourseDraftRules}) is refused by the database's unique index.
     */
    private Course store(Course course) {
        try {
            return courses.saveAndFlush(course);
        } catch (DataIntegrityViolationException e) {
            String cause = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            if (cause != null && cause.contains("uk_course_open_title")) {
                throw new UserFacingException("course.error.title-taken");
            }
            throw e;
        }
    }

    CourseDetails details(Course course) {
        return details(course, meetingList(course.getId()));
    }

    /** The course's meetings, read once per read-only transaction ({@link ReadMemo}). */
    private List<CourseDetails.Meeting> meetingList(long courseId) {
        return ReadMemo.get("course.meetings", courseId, () -> meetings.findByCourseIdOrderByPosition(courseId).stream()
                .map(CourseService::meeting)
                .toList());
    }

    private static CourseDetails details(Course course, List<CourseDetails.Meeting> meetingList) {
        List<CourseDetails.Slot> slots = course.getSessionSlots().stream()
                .sorted(Comparator.comparingInt(SessionSlot::getSubgroupNo))
                .map(s -> new CourseDetails.Slot(s.getSubgroupNo(), s.getDayOffset(), s.getStartTime(), s.getEndTime()))
                .toList();
        return new CourseDetails(summary(course), course.getParticipantIds(), meetingList, slots);
    }

    private static CourseDetails.Meeting meeting(CourseMeeting m) {
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

    private static @Nullable Long leadTeam(PendelUser user) {
        return user.hasRole(Role.TEAM_LEAD) ? user.teamId() : null;
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

    private static UserFacingException notFound() {
        return new UserFacingException("error.not-found");
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
