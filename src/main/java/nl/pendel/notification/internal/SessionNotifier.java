package nl.pendel.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.notification.internal.MailComposer.SessionMail;
import nl.pendel.schedule.ScheduleChanged;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.ParticipantsMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns schedule events into invitations, updates and cancellations. Listens inside the
 * publishing transaction, so the mails are recorded atomically with the change (or not at all).
 * Nothing goes out while a course is a concept, nor about sessions that are over. The invitations
 * of a course being published go out through {@link PublicationInvitations}.
 */
@Component
class SessionNotifier {

    private final CourseService courses;
    private final ScheduleService schedule;
    private final SessionNotices notices;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    SessionNotifier(
            CourseService courses,
            ScheduleService schedule,
            SessionNotices notices,
            NotificationDispatcher dispatcher,
            Clock clock) {
        this.courses = courses;
        this.schedule = schedule;
        this.notices = notices;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @EventListener
    void on(ScheduleChanged event) {
        SystemAuthentication.runAsAdministrator(() -> {
            CourseAccess access = courses.access(event.courseId()).orElse(null);
            if (access == null || !access.status().visibleToTeam() || access.status() == CourseStatus.CLOSED) {
                return;
            }
            List<SessionView> sessions = schedule.sessions(event.courseId());
            List<NotificationDispatcher.Notice> all = new ArrayList<>();
            all.addAll(notices.about(event.courseId(), pick(sessions, event.added()), SessionMail.INVITATION));
            all.addAll(notices.about(event.courseId(), pick(sessions, event.changed()), SessionMail.UPDATE));
            all.addAll(notices.about(event.courseId(), pick(sessions, event.cancelled()), SessionMail.CANCELLATION));
            dispatcher.dispatch(all);
        });
    }

    @EventListener
    void on(ParticipantsMoved event) {
        SystemAuthentication.runAsAdministrator(() -> {
            CourseAccess access = courses.access(event.courseId()).orElse(null);
            if (access == null || !access.status().visibleToTeam() || access.status() == CourseStatus.CLOSED) {
                return;
            }
            List<SessionView> upcoming = schedule.sessions(event.courseId()).stream()
                    .filter(s -> s.status() == SessionStatus.PLANNED && notOver(s))
                    .toList();
            String cause = ":move-" + clock.instant().toEpochMilli();
            List<NotificationDispatcher.Notice> all = new ArrayList<>();
            for (ParticipantsMoved.Move move : event.moves()) {
                Set<Long> person = Set.of(move.personId());
                List<SessionView> left = upcoming.stream()
                        .filter(s -> Long.valueOf(s.subgroupId()).equals(move.from()))
                        .toList();
                List<SessionView> joined = upcoming.stream()
                        .filter(s -> s.subgroupId() == move.to())
                        .toList();
                all.addAll(notices.about(event.courseId(), left, SessionMail.CANCELLATION, person, cause));
                all.addAll(notices.about(event.courseId(), joined, SessionMail.INVITATION, person, cause));
            }
            dispatcher.dispatch(all);
        });
    }

    private List<SessionView> pick(List<SessionView> sessions, Set<Long> ids) {
        return sessions.stream().filter(s -> ids.contains(s.id()) && notOver(s)).toList();
    }

    private boolean notOver(SessionView session) {
        return session.date().atTime(session.end()).isAfter(LocalDateTime.now(clock));
    }
}
