package nl.pendel.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import nl.pendel.attendance.internal.AttendanceStore.Recorded;
import nl.pendel.schedule.SessionView;

/**
 * A course's sessions with what is recorded for them, and what follows: meetings held and
 * attended, contact hours, who is present at another session of a meeting. Pure; read by the
 * service in a fixed number of statements.
 */
final class CourseAttendance {

    private final List<SessionView> sessions;
    private final Map<Long, SessionView> byId;
    private final Map<Long, Map<Long, Recorded>> recorded = new HashMap<>();
    private final LocalDate today;

    CourseAttendance(List<SessionView> sessions, Collection<Recorded> recorded, LocalDate today) {
        this.sessions = List.copyOf(sessions);
        this.byId = sessions.stream().collect(Collectors.toMap(SessionView::id, Function.identity()));
        this.today = today;
        recorded.stream().filter(r -> byId.containsKey(r.sessionId())).forEach(r -> this.recorded
                .computeIfAbsent(r.sessionId(), k -> new HashMap<>())
                .put(r.personId(), r));
    }

    List<SessionView> sessions() {
        return sessions;
    }

    Set<Long> sessionIds() {
        return byId.keySet();
    }

    Optional<SessionView> session(long sessionId) {
        return Optional.ofNullable(byId.get(sessionId));
    }

    /** The last session on or before today, or the first when none is; empty without sessions. */
    Optional<SessionView> current() {
        return sessions.stream()
                .filter(s -> !s.date().isAfter(today))
                .reduce((a, b) -> b)
                .or(() -> sessions.stream().findFirst());
    }

    /** What is recorded at this session, person id → record. */
    Map<Long, Recorded> at(long sessionId) {
        return recorded.getOrDefault(sessionId, Map.of());
    }

    /** Who is present at another session of this session's meeting, person id → that session. */
    Map<Long, SessionView> presentElsewhere(SessionView session) {
        Map<Long, SessionView> present = new HashMap<>();
        recorded.forEach((sessionId, perPerson) -> {
            SessionView other = byId.get(sessionId);
            if (other.meetingId() == session.meetingId() && other.id() != session.id()) {
                perPerson.values().stream()
                        .filter(r -> r.status() == AttendanceStatus.PRESENT)
                        .forEach(r -> present.put(r.personId(), other));
            }
        });
        return present;
    }

    /** Meetings with a session on or before today. */
    int held() {
        return (int) sessions.stream()
                .filter(s -> !s.date().isAfter(today))
                .map(SessionView::meetingId)
                .distinct()
                .count();
    }

    /** Per participant the meetings attended and contact hours, by name. */
    List<ParticipantHours> overview(List<PersonProfile> participants) {
        Map<Long, Set<Long>> meetings = meetingsPerPerson();
        Map<Long, Long> minutes = minutesPerPerson();
        int held = held();
        List<ParticipantHours> result = new ArrayList<>();
        for (PersonProfile person : participants) {
            result.add(new ParticipantHours(
                    person,
                    meetings.getOrDefault(person.id(), Set.of()).size(),
                    held,
                    minutes.getOrDefault(person.id(), 0L) / 60.0));
        }
        result.sort(Comparator.comparing(h -> h.person().displayName()));
        return result;
    }

    /** The overview's figures added up over these participants. */
    AttendanceTotals totals(Set<Long> participantIds) {
        int participants = participantIds.size();
        if (participants == 0) {
            return new AttendanceTotals(0, 0, 0, 0, 0);
        }
        Map<Long, Set<Long>> meetings = meetingsPerPerson();
        Map<Long, Long> minutes = minutesPerPerson();
        int held = held();
        long attended = 0;
        long totalMinutes = 0;
        int attendedAll = 0;
        for (long person : participantIds) {
            int mine = meetings.getOrDefault(person, Set.of()).size();
            attended += mine;
            totalMinutes += minutes.getOrDefault(person, 0L);
            if (held > 0 && mine >= held) {
                attendedAll++;
            }
        }
        return new AttendanceTotals(
                participants, held, attended / (double) participants, attendedAll, totalMinutes / 60.0 / participants);
    }

    private Map<Long, Set<Long>> meetingsPerPerson() {
        Map<Long, Set<Long>> result = new HashMap<>();
        present((session, person) ->
                result.computeIfAbsent(person, k -> new HashSet<>()).add(session.meetingId()));
        return result;
    }

    private Map<Long, Long> minutesPerPerson() {
        Map<Long, Long> result = new HashMap<>();
        present((session, person) -> result.merge(
                person, Duration.between(session.start(), session.end()).toMinutes(), Long::sum));
        return result;
    }

    private void present(java.util.function.BiConsumer<SessionView, Long> each) {
        recorded.forEach((sessionId, perPerson) -> perPerson.values().stream()
                .filter(r -> r.status() == AttendanceStatus.PRESENT)
                .forEach(r -> each.accept(byId.get(sessionId), r.personId())));
    }
}
