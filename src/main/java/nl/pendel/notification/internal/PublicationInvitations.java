package nl.pendel.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.InvitationsSent;
import nl.pendel.course.PublicationMail;
import nl.pendel.course.PublicationPreview;
import nl.pendel.notification.internal.MailComposer.SessionMail;
import nl.pendel.notification.internal.NotificationDispatcher.Notice;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionStatus;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/**
 * The invitations of a course being published: one per person per upcoming planned session, the
 * participants for their own subgroup's sessions and the trainers for all. The preview makes the
 * same notices and asks the dispatcher which it would write, so the trainer's confirmation and the
 * result afterwards count the same mails. Reads run as the system, since the trainer need not see
 * everyone's address.
 */
@Component
class PublicationInvitations implements PublicationMail {

    private final CourseService courses;
    private final ScheduleService schedule;
    private final PersonService people;
    private final SessionNotices notices;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    PublicationInvitations(
            CourseService courses,
            ScheduleService schedule,
            PersonService people,
            SessionNotices notices,
            NotificationDispatcher dispatcher,
            Clock clock) {
        this.courses = courses;
        this.schedule = schedule;
        this.people = people;
        this.notices = notices;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public PublicationPreview preview(long courseId) {
        return SystemAuthentication.runAsAdministrator(() -> {
            Map<SessionView, List<Notice>> bySession = invitations(courseId);
            Set<Notice> writable = identitySet(dispatcher.wouldWrite(flatten(bySession)));
            CourseAccess access = courses.access(courseId).orElseThrow();
            Map<Integer, Set<String>> subgroups = new TreeMap<>();
            Set<String> trainers = new TreeSet<>();
            bySession.forEach((session, forSession) -> forSession.stream()
                    .filter(writable::contains)
                    .forEach(n -> {
                        if (access.isTrainer(n.to().id())) {
                            trainers.add(n.to().displayName());
                        } else {
                            subgroups
                                    .computeIfAbsent(session.subgroupNumber(), number -> new TreeSet<>())
                                    .add(n.to().displayName());
                        }
                    }));
            // who gets no invitation because no upcoming session is theirs (not: invited before,
            // or mails switched off; those have a session, and the mail would say nothing new)
            Set<Long> uninvited = new HashSet<>(access.participantIds());
            bySession.values().forEach(forSession -> forSession.forEach(n -> uninvited.remove(n.to().id())));
            return new PublicationPreview(
                    writable.size(),
                    sessionsWith(bySession, writable),
                    subgroups.entrySet().stream()
                            .map(e -> new PublicationPreview.Subgroup(e.getKey(), List.copyOf(e.getValue())))
                            .toList(),
                    List.copyOf(trainers),
                    people.profiles(uninvited).stream()
                            .map(PersonProfile::displayName)
                            .toList());
        });
    }

    @Override
    public InvitationsSent invite(long courseId) {
        return SystemAuthentication.runAsAdministrator(() -> {
            Map<SessionView, List<Notice>> bySession = invitations(courseId);
            Set<Notice> written = identitySet(dispatcher.deliver(flatten(bySession)));
            long recipients = written.stream().map(n -> n.to().id()).distinct().count();
            return new InvitationsSent(written.size(), (int) recipients, sessionsWith(bySession, written));
        });
    }

    private Map<SessionView, List<Notice>> invitations(long courseId) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<SessionView> upcoming = schedule.sessions(courseId).stream()
                .filter(s -> s.status() == SessionStatus.PLANNED
                        && s.date().atTime(s.end()).isAfter(now))
                .toList();
        return notices.bySession(courseId, upcoming, SessionMail.INVITATION);
    }

    private static List<Notice> flatten(Map<SessionView, List<Notice>> bySession) {
        List<Notice> all = new ArrayList<>();
        bySession.values().forEach(all::addAll);
        return all;
    }

    private static int sessionsWith(Map<SessionView, List<Notice>> bySession, Set<Notice> mails) {
        return (int) bySession.values().stream()
                .filter(forSession -> forSession.stream().anyMatch(mails::contains))
                .count();
    }

    private static Set<Notice> identitySet(List<Notice> notices) {
        Set<Notice> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(notices);
        return set;
    }
}
