package nl.pendel.course;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pendel.course.internal.Course;
import nl.pendel.course.internal.CourseMeetingRepository;
import nl.pendel.course.internal.CourseRepository;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.UserFacingException;
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
    private final CourseWrites writes;
    private final CourseStatusSteps steps;
    private final CourseBatchReads batch;
    private final CurrentUser currentUser;

    CourseService(
            CourseRepository courses,
            CourseMeetingRepository meetings,
            ProgrammeService programmes,
            CourseWrites writes,
            CourseStatusSteps steps,
            CourseBatchReads batch,
            CurrentUser currentUser) {
        this.courses = courses;
        this.meetings = meetings;
        this.programmes = programmes;
        this.writes = writes;
        this.steps = steps;
        this.batch = batch;
        this.currentUser = currentUser;
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

    /**
     * The access facts of those of these courses the signed-in person may see, course id → facts,
     * in one statement however many courses; the others are left out.
     */
    public Map<Long, CourseAccess> accessOf(Collection<Long> courseIds) {
        PendelUser user = currentUser.require();
        return batch.accessOf(courseIds, a -> a.canView(user));
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
        CourseAccess access = requireTrainerOrAdministrator(courseId);
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
        return batch.detailsOf(courseIds, c -> access(c).canView(user));
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
     * The closed courses that ended before this day, by id: for retention (notes kept a while
     * after a course). Administrators (and the system) only.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Long> closedEndedBefore(java.time.LocalDate day) {
        return courses.idsClosedEndedBefore(day);
    }

    /**
     * The titles of these courses, course id → title, in one query. No check of the courses
     * themselves: for trainers' overviews across courses, whose own checks chose the ids.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public Map<Long, String> titles(Collection<Long> courseIds) {
        return batch.titles(courseIds);
    }

    /**
     * These meetings (of any courses), meeting id → meeting, in one query. No check of the
     * courses themselves: for trainers' overviews across courses, whose own checks chose the ids.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public Map<Long, CourseDetails.Meeting> meetings(Collection<Long> meetingIds) {
        return batch.meetings(meetingIds);
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
        return writes.create(draft);
    }

    /**
     * Starts a new course from an earlier one: its meetings (as the trainers adapted them) and
     * session pattern, with the draft's team, period, trainers and participants.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
    public CourseSummary copy(long sourceCourseId, @Valid CourseDraft draft) {
        requireView(sourceCourseId);
        return writes.copy(sourceCourseId, draft);
    }

    /** Changes title, period, trainers, participants and number of subgroups. */
    @Transactional
    public CourseSummary update(@Valid CourseDraft draft) {
        requireManage(draft.getId());
        return writes.update(draft);
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
        return writes.changeReminders(courseId, version, enabled);
    }

    CourseDetails details(Course course) {
        return CourseRecords.details(course, meetingList(course.getId()));
    }

    /** The course's meetings in order. */
    private List<CourseDetails.Meeting> meetingList(long courseId) {
        return meetings.findByCourseIdOrderByPosition(courseId).stream()
                .map(CourseRecords::meeting)
                .toList();
    }

    private static Long leadTeam(PendelUser user) {
        return user.hasRole(Role.TEAM_LEAD) ? user.teamId() : null;
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.not-found");
    }

    static CourseAccess access(Course course) {
        return CourseRecords.access(course);
    }

    static CourseSummary summary(Course course) {
        return CourseRecords.summary(course);
    }
}
