package nl.pendel.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.attendance.internal.AttendanceStore;
import nl.pendel.attendance.internal.AttendanceStore.Recorded;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance of a course's sessions. The course's trainers (and administrators) record it; they
 * and the lead of the course's team read the overview. A participant registered in another
 * subgroup's session of the same meeting (catch-up) counts as having attended that meeting.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AttendanceService {

    public static final int NOTE_MAX = 300;

    private final AttendanceStore store;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    AttendanceService(
            AttendanceStore store,
            CourseService courses,
            ScheduleService schedule,
            SubgroupService subgroups,
            PersonService people,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.courses = courses;
        this.schedule = schedule;
        this.subgroups = subgroups;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What the attendance screen shows: for the course's trainers the sessions, the list of the
     * last session held and the register numbers; for them and the team's lead the overview.
     *
     * @throws AccessDeniedException for anyone else
     */
    public AttendancePage page(long courseId) {
        CourseAccess access = requireOverview(courseId);
        String title = courses.summary(courseId).title();
        CourseAttendance course = read(courseId);
        List<PersonProfile> participants = people.profiles(access.participantIds());
        List<ParticipantHours> overview = course.overview(participants);
        if (!access.canManage(currentUser.require())) {
            return new AttendancePage(access, title, false, false, List.of(), null, overview, Map.of());
        }
        boolean editable = access.status().editable();
        AttendanceSheet sheet = course.current()
                .map(s -> sheet(access, course, s, participants, editable))
                .orElse(null);
        return new AttendancePage(
                access,
                title,
                true,
                editable,
                course.sessions(),
                sheet,
                overview,
                people.registerNumbers(access.participantIds()));
    }

    /** The attendance list of one session with whom a trainer may add as a catch-up. */
    public AttendanceSheet sheetOf(long courseId, long sessionId) {
        CourseAccess access = requireTrainer(courseId);
        CourseAttendance course = read(courseId);
        SessionView session = course.session(sessionId).orElseThrow(AttendanceService::notFound);
        return sheet(
                access,
                course,
                session,
                people.profiles(access.participantIds()),
                access.status().editable());
    }

    /** The attendance list of one session: its subgroup's members plus catch-ups. */
    public List<AttendanceRow> sheet(long courseId, long sessionId) {
        return sheetOf(courseId, sessionId).rows();
    }

    /**
     * Who may be added to this session as a catch-up: participants of the course from other
     * subgroups who are not yet present at another session of the same meeting.
     */
    public List<PersonProfile> catchUpCandidates(long courseId, long sessionId) {
        CourseAccess access = courses.requireManage(courseId);
        CourseAttendance course = read(courseId);
        SessionView session = course.session(sessionId).orElseThrow(AttendanceService::notFound);
        return candidates(access, course, session, members(session), people.profiles(access.participantIds()));
    }

    /**
     * Records one person's attendance. Someone from another subgroup of the course is registered
     * as a catch-up.
     */
    @Transactional
    public void record(long courseId, long sessionId, long personId, AttendanceStatus status, String note) {
        CourseAccess access = courses.requireManage(courseId);
        if (!access.participantIds().contains(personId)) {
            throw new UserFacingException("attendance.error.not-a-participant");
        }
        String text = note == null ? "" : note.strip();
        if (text.codePointCount(0, text.length()) > NOTE_MAX) {
            throw new UserFacingException("attendance.error.note-too-long", NOTE_MAX);
        }
        StorableText.check(text);
        nl.pendel.shared.OneLineText.check(text);
        CourseAttendance course = read(courseId);
        SessionView session = course.session(sessionId).orElseThrow(AttendanceService::notFound);
        if (session.status() == SessionStatus.CANCELLED) {
            throw new UserFacingException("attendance.error.cancelled");
        }
        SessionView elsewhere = course.presentElsewhere(session).get(personId);
        if (status == AttendanceStatus.PRESENT && elsewhere != null) {
            throw new UserFacingException(
                    "attendance.error.present-elsewhere", elsewhere.meetingPosition(), elsewhere.subgroupNumber());
        }
        boolean ownSubgroup = members(session).contains(personId);
        store.record(
                new Recorded(sessionId, personId, status, text, !ownSubgroup),
                currentUser.require().personId(),
                clock.instant());
    }

    /** Per participant: meetings attended of those held so far, and contact hours. */
    public List<ParticipantHours> overview(long courseId) {
        CourseAccess access = requireOverview(courseId);
        return read(courseId).overview(people.profiles(access.participantIds()));
    }

    /**
     * Per participant, as in {@link #overview}, for completion: the course's trainers,
     * administrators and the lead of its team get every participant, a participant only
     * themselves; a fixed number of statements.
     *
     * @param access the course's access facts the caller read ({@code CourseService.accessOf})
     */
    public java.util.Map<Long, ParticipantHours> figures(CourseAccess access) {
        java.util.Set<Long> whom = access.participantsWhoseFiguresMayBeRead(currentUser.require());
        java.util.Map<Long, ParticipantHours> result = new java.util.TreeMap<>();
        read(access.courseId())
                .overview(people.profiles(whom))
                .forEach(h -> result.put(h.person().id(), h));
        return result;
    }

    /**
     * The overview's figures added up over the course's participants (for the team dashboard);
     * for the same people as {@link #overview}.
     */
    public AttendanceTotals totals(long courseId) {
        CourseAccess access = requireOverview(courseId);
        return read(courseId).totals(access.participantIds());
    }

    /**
     * As {@link #totals(long)}, over the course's sessions the caller already read from the
     * schedule (so they are not read again); checked the same way, and only this course's
     * sessions count.
     */
    public AttendanceTotals totals(long courseId, List<SessionView> courseSessions) {
        CourseAccess access = requireOverview(courseId);
        return read(courseSessions.stream()
                        .filter(s -> s.courseId() == courseId)
                        .toList())
                .totals(access.participantIds());
    }

    private CourseAttendance read(long courseId) {
        return read(schedule.sessions(courseId));
    }

    private CourseAttendance read(List<SessionView> sessions) {
        List<Recorded> recorded =
                store.ofSessions(sessions.stream().map(SessionView::id).collect(Collectors.toSet()));
        return new CourseAttendance(sessions, recorded, LocalDate.now(clock));
    }

    private AttendanceSheet sheet(
            CourseAccess access,
            CourseAttendance course,
            SessionView session,
            List<PersonProfile> participants,
            boolean editable) {
        Set<Long> members = members(session);
        Map<Long, Recorded> recorded = course.at(session.id());
        Set<Long> ids = new HashSet<>(members);
        ids.retainAll(access.participantIds());
        ids.addAll(recorded.keySet());
        Map<Long, PersonProfile> known =
                participants.stream().collect(Collectors.toMap(PersonProfile::id, Function.identity()));
        Set<Long> unknown = new HashSet<>(ids);
        unknown.removeAll(known.keySet());
        if (!unknown.isEmpty()) {
            people.profiles(unknown).forEach(p -> known.put(p.id(), p));
        }
        List<AttendanceRow> rows = ids.stream()
                .map(known::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(PersonProfile::displayName))
                .map(p -> row(p, recorded.get(p.id())))
                .toList();
        boolean open = editable && session.status() != SessionStatus.CANCELLED;
        return new AttendanceSheet(
                session, rows, open ? candidates(access, course, session, members, participants) : List.of());
    }

    private static AttendanceRow row(PersonProfile person, Recorded r) {
        return new AttendanceRow(
                person, r == null ? null : r.status(), r == null ? "" : r.note(), r != null && r.catchUp());
    }

    private static List<PersonProfile> candidates(
            CourseAccess access,
            CourseAttendance course,
            SessionView session,
            Set<Long> members,
            List<PersonProfile> participants) {
        Set<Long> excluded = new HashSet<>(members);
        excluded.addAll(course.presentElsewhere(session).keySet());
        excluded.addAll(course.at(session.id()).keySet());
        return participants.stream()
                .filter(p -> access.participantIds().contains(p.id()) && !excluded.contains(p.id()))
                .toList();
    }

    /** Who is in the session's subgroup. */
    private Set<Long> members(SessionView session) {
        CourseSubgroup subgroup =
                subgroups.withIds(List.of(session.subgroupId())).get(session.subgroupId());
        return subgroup == null ? Set.of() : subgroup.members();
    }

    private CourseAccess requireTrainer(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Only the course's trainers keep attendance");
        }
        return access;
    }

    /** The course, when the signed-in person may read its overview: its trainers and its team's lead. */
    private CourseAccess requireOverview(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        boolean lead = access.isLead(user);
        if (!access.canManage(user) && !lead) {
            throw new AccessDeniedException("Attendance is for the trainers and the team lead");
        }
        return access;
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.not-found");
    }
}
