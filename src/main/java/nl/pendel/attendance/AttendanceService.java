package nl.pendel.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.ReadMemo;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final CourseService courses;
    private final ScheduleService schedule;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    AttendanceService(
            JdbcClient jdbc,
            CourseService courses,
            ScheduleService schedule,
            SubgroupService subgroups,
            PersonService people,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.schedule = schedule;
        this.subgroups = subgroups;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The attendance list of one session: its subgroup's members plus catch-ups. */
    public List<AttendanceRow> sheet(long courseId, long sessionId) {
        CourseAccess access = courses.requireView(courseId);
        if (!access.canManage(currentUser.require())) {
            throw new AccessDeniedException("Only the course's trainers keep attendance");
        }
        SessionView session = session(courseId, sessionId);
        Map<Long, Recorded> recorded = recordedFor(courseId, List.of(sessionId)).getOrDefault(sessionId, Map.of());
        Set<Long> ids = new HashSet<>(subgroups
                .membersBySubgroup(List.of(session.subgroupId()))
                .getOrDefault(session.subgroupId(), Set.of()));
        ids.retainAll(access.participantIds());
        ids.addAll(recorded.keySet());
        return people.profiles(ids).stream()
                .map(p -> {
                    Recorded r = recorded.get(p.id());
                    return new AttendanceRow(
                            p, r == null ? null : r.status(), r == null ? "" : r.note(), r != null && r.catchUp());
                })
                .toList();
    }

    /**
     * Records one person's attendance. Someone from another subgroup of the course is registered
     * as a catch-up.
     */
    @Transactional
    public void record(long courseId, long sessionId, long personId, AttendanceStatus status, @Nullable String note) {
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
        SessionView session = session(courseId, sessionId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw new UserFacingException("attendance.error.cancelled");
        }
        if (status == AttendanceStatus.PRESENT) {
            Optional<SessionView> elsewhere =
                    presentElsewhere(courseId, session).getOrDefault(personId, Optional.empty());
            if (elsewhere.isPresent()) {
                throw new UserFacingException(
                        "attendance.error.present-elsewhere",
                        elsewhere.get().meetingPosition(),
                        elsewhere.get().subgroupNumber());
            }
        }
        boolean ownSubgroup = subgroups
                .membersBySubgroup(List.of(session.subgroupId()))
                .getOrDefault(session.subgroupId(), Set.of())
                .contains(personId);
        PendelUser user = currentUser.require();
        int updated = jdbc.sql("""
                        update attendance set status = ?, note = ?, catch_up = ?, recorded_by = ?, recorded_at = ?,
                               version = version + 1
                        where session_id = ? and person_id = ?""")
                .params(status.name(), text, !ownSubgroup, user.personId(), clock.instant(), sessionId, personId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into attendance (session_id, person_id, status, note, catch_up, recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(sessionId, personId, status.name(), text, !ownSubgroup, user.personId(), clock.instant())
                    .update();
        }
    }

    /**
     * Who may be added to this session as a catch-up: participants of the course from other
     * subgroups who are not yet present at another session of the same meeting.
     */
    public List<PersonProfile> catchUpCandidates(long courseId, long sessionId) {
        CourseAccess access = courses.requireManage(courseId);
        SessionView session = session(courseId, sessionId);
        Set<Long> candidates = new HashSet<>(access.participantIds());
        candidates.removeAll(subgroups
                .membersBySubgroup(List.of(session.subgroupId()))
                .getOrDefault(session.subgroupId(), Set.of()));
        candidates.removeAll(presentElsewhere(courseId, session).keySet());
        candidates.removeAll(recordedFor(courseId, List.of(sessionId))
                .getOrDefault(sessionId, Map.of())
                .keySet());
        return people.profiles(candidates);
    }

    /** Per participant: meetings attended of those held so far, and contact hours. */
    public List<ParticipantHours> overview(long courseId) {
        CourseAccess access = requireOverview(courseId);
        List<SessionView> sessions = schedule.sessions(courseId);
        Map<Long, SessionView> byId = sessions.stream().collect(Collectors.toMap(SessionView::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        int held = (int) sessions.stream()
                .filter(s -> !s.date().isAfter(today))
                .map(SessionView::meetingId)
                .distinct()
                .count();
        Map<Long, Map<Long, Recorded>> recorded = recordedFor(courseId, byId.keySet());
        Map<Long, Set<Long>> meetingsPerPerson = new HashMap<>();
        Map<Long, Double> hoursPerPerson = new HashMap<>();
        recorded.forEach((sessionId, perPerson) -> perPerson.forEach((personId, r) -> {
            if (r.status() == AttendanceStatus.PRESENT) {
                SessionView s = byId.get(sessionId);
                meetingsPerPerson
                        .computeIfAbsent(personId, k -> new HashSet<>())
                        .add(s.meetingId());
                hoursPerPerson.merge(
                        personId, Duration.between(s.start(), s.end()).toMinutes() / 60.0, Double::sum);
            }
        }));
        List<ParticipantHours> result = new ArrayList<>();
        for (PersonProfile person : people.profiles(access.participantIds())) {
            result.add(new ParticipantHours(
                    person,
                    meetingsPerPerson.getOrDefault(person.id(), Set.of()).size(),
                    held,
                    hoursPerPerson.getOrDefault(person.id(), 0.0)));
        }
        result.sort(Comparator.comparing(h -> h.person().displayName()));
        return result;
    }

    private SessionView session(long courseId, long sessionId) {
        return schedule.sessions(courseId).stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    /** Who is present at another session of this session's meeting, and where. */
    private Map<Long, Optional<SessionView>> presentElsewhere(long courseId, SessionView session) {
        Map<Long, SessionView> sameMeeting = schedule.sessions(courseId).stream()
                .filter(s -> s.meetingId() == session.meetingId() && s.id() != session.id())
                .collect(Collectors.toMap(SessionView::id, Function.identity()));
        Map<Long, Optional<SessionView>> present = new HashMap<>();
        recordedFor(courseId, sameMeeting.keySet())
                .forEach((id, perPerson) -> perPerson.forEach((personId, r) -> {
                    if (r.status() == AttendanceStatus.PRESENT) {
                        present.put(personId, Optional.of(sameMeeting.get(id)));
                    }
                }));
        return present;
    }

    private record Recorded(AttendanceStatus status, String note, boolean catchUp) {}

    /**
     * The overview's figures added up over the course's participants, counted in the database in
     * one statement (for the team dashboard); for the same people as {@link #overview}.
     */
    public AttendanceTotals totals(long courseId) {
        requireOverview(courseId);
        return jdbc.sql("""
                        select count(*), max(h.held), coalesce(sum(p.attended), 0),
                               coalesce(sum(h.held > 0 and coalesce(p.attended, 0) >= h.held), 0),
                               coalesce(sum(p.minutes), 0)
                        from course_participant cp
                        left join (select a.person_id,
                                          count(distinct s.meeting_id) as attended,
                                          sum(time_to_sec(timediff(s.end_time, s.start_time)) div 60) as minutes
                                   from course_session s
                                   join attendance a on a.session_id = s.id and a.status = 'PRESENT'
                                   where s.course_id = :course
                                   group by a.person_id) p on p.person_id = cp.person_id
                        cross join (select count(distinct meeting_id) as held from course_session
                                    where course_id = :course and session_date <= :today) h
                        where cp.course_id = :course""")
                .param("course", courseId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> {
                    int participants = rs.getInt(1);
                    return new AttendanceTotals(
                            participants,
                            participants == 0 ? 0 : rs.getInt(2),
                            participants == 0 ? 0 : rs.getLong(3) / (double) participants,
                            rs.getInt(4),
                            participants == 0 ? 0 : rs.getLong(5) / 60.0 / participants);
                })
                .single();
    }

    /** The course, when the signed-in person may read its overview: its trainers and its team's lead. */
    private CourseAccess requireOverview(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        boolean lead =
                user.hasRole(Role.TEAM_LEAD) && Long.valueOf(access.teamId()).equals(user.teamId());
        if (!access.canManage(user) && !lead) {
            throw new AccessDeniedException("Attendance is for the trainers and the team lead");
        }
        return access;
    }

    /**
     * What is recorded for these sessions of the course, session id → person id → record. Reads
     * the whole course's attendance in one statement, once per read-only transaction, so a screen
     * that shows several sessions' lists and the totals reads it once.
     */
    private Map<Long, Map<Long, Recorded>> recordedFor(long courseId, java.util.Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, Recorded>> ofCourse =
                ReadMemo.get("attendance.of-course", courseId, () -> recordedIn(courseId));
        Map<Long, Map<Long, Recorded>> result = new HashMap<>();
        for (Long sessionId : sessionIds) {
            Map<Long, Recorded> recorded = ofCourse.get(sessionId);
            if (recorded != null) {
                result.put(sessionId, recorded);
            }
        }
        return result;
    }

    private Map<Long, Map<Long, Recorded>> recordedIn(long courseId) {
        Map<Long, Map<Long, Recorded>> result = new HashMap<>();
        jdbc.sql("""
                        select a.session_id, a.person_id, a.status, a.note, a.catch_up
                        from attendance a join course_session s on s.id = a.session_id
                        where s.course_id = ?""").param(courseId).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .put(
                            rs.getLong(2),
                            new Recorded(AttendanceStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5)));
        });
        return result;
    }
}
