package nl.pendel.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonContact;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.notification.InboxKind;
import nl.pendel.notification.MailSettings;
import nl.pendel.notification.NotificationKind;
import nl.pendel.notification.internal.MailComposer.SessionFacts;
import nl.pendel.notification.internal.MailComposer.SessionMail;
import nl.pendel.schedule.SessionInvitation;
import nl.pendel.schedule.SessionView;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The notices about sessions of one course: for each session, its subgroup's participants and the
 * course's trainers, each in their own language, with a calendar message where one belongs.
 * Reads run as the system, since the person causing the change need not see everyone's address.
 */
@Component
public class SessionNotices {

    private final CourseService courses;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final MailComposer composer;
    private final MailSettings settings;
    private final Clock clock;

    SessionNotices(
            CourseService courses,
            SubgroupService subgroups,
            PersonService people,
            MailComposer composer,
            MailSettings settings,
            Clock clock) {
        this.courses = courses;
        this.subgroups = subgroups;
        this.people = people;
        this.composer = composer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Must run with administrator rights (see {@code SystemAuthentication}). */
    public List<NotificationDispatcher.Notice> about(
            long courseId, Collection<SessionView> sessions, SessionMail kind) {
        return about(courseId, sessions, kind, null, "");
    }

    /**
     * The notices for the given people only (or everyone concerned when null); {@code cause}
     * tells apart two otherwise equal notices, such as two moves between the same subgroups.
     */
    public List<NotificationDispatcher.Notice> about(
            long courseId, Collection<SessionView> sessions, SessionMail kind, @Nullable Set<Long> only, String cause) {
        return bySession(courseId, sessions, kind, only, cause).values().stream()
                .flatMap(List::stream)
                .toList();
    }

    /** As {@link #about(long, Collection, SessionMail)}, per session, in the sessions' order. */
    public Map<SessionView, List<NotificationDispatcher.Notice>> bySession(
            long courseId, Collection<SessionView> sessions, SessionMail kind) {
        return bySession(courseId, sessions, kind, null, "");
    }

    private Map<SessionView, List<NotificationDispatcher.Notice>> bySession(
            long courseId, Collection<SessionView> sessions, SessionMail kind, @Nullable Set<Long> only, String cause) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        CourseAccess access = courses.access(courseId).orElseThrow();
        CourseDetails details = courses.details(courseId);
        Map<Long, CourseDetails.Meeting> meetings =
                details.meetings().stream().collect(Collectors.toMap(CourseDetails.Meeting::id, Function.identity()));
        Map<Long, CourseSubgroup> groups =
                subgroups.withIds(sessions.stream().map(SessionView::subgroupId).collect(Collectors.toSet()));
        Map<Long, PersonContact> contacts = contacts(access, groups, only);
        SessionInvitation.Party organizer = organizer();
        Map<SessionView, List<NotificationDispatcher.Notice>> notices = new LinkedHashMap<>();
        for (SessionView session : sessions) {
            CourseDetails.Meeting meeting = meetings.get(session.meetingId());
            SessionFacts facts = facts(details, meeting, session);
            List<NotificationDispatcher.Notice> forSession = new ArrayList<>();
            for (long personId : recipients(access, groups, only, session)) {
                PersonContact to = contacts.get(personId);
                if (to != null) {
                    forSession.add(
                            withInbox(courseId, kind, facts, notice(kind, session, facts, to, organizer, cause)));
                }
            }
            notices.put(session, forSession);
        }
        return notices;
    }

    /** The contacts of everyone any of the sessions concerns, in one call. */
    private Map<Long, PersonContact> contacts(
            CourseAccess access, Map<Long, CourseSubgroup> groups, @Nullable Set<Long> only) {
        Set<Long> everyone = new HashSet<>();
        groups.values().forEach(s -> everyone.addAll(s.members()));
        if (only != null) {
            everyone.addAll(only);
        }
        everyone.retainAll(access.participantIds());
        everyone.addAll(trainers(access));
        return people.contacts(everyone).stream().collect(Collectors.toMap(PersonContact::id, Function.identity()));
    }

    /** Everyone concerned by the session, or just the given people (e.g. who left its subgroup). */
    private Set<Long> recipients(
            CourseAccess access, Map<Long, CourseSubgroup> groups, @Nullable Set<Long> only, SessionView session) {
        CourseSubgroup subgroup = groups.get(session.subgroupId());
        Set<Long> recipients = new HashSet<>();
        if (only != null) {
            recipients.addAll(only);
        } else if (subgroup != null) {
            recipients.addAll(subgroup.members());
        }
        recipients.retainAll(access.participantIds());
        if (only == null) {
            recipients.addAll(trainers(access));
        }
        return recipients;
    }

    private NotificationDispatcher.Notice notice(
            SessionMail kind,
            SessionView session,
            SessionFacts facts,
            PersonContact to,
            SessionInvitation.Party organizer,
            String cause) {
        MailContent content =
                composer.session(kind, facts, to.displayName(), to.locale(), settings.reminderDaysBefore());
        if (kind == SessionMail.REMINDER) {
            return new NotificationDispatcher.Notice(
                    to,
                    NotificationKind.REMINDER,
                    "reminder:" + session.id() + ":" + to.id() + ":" + session.date(),
                    content,
                    null,
                    null);
        }
        SessionInvitation.Method method =
                kind == SessionMail.CANCELLATION ? SessionInvitation.Method.CANCEL : SessionInvitation.Method.REQUEST;
        String calendar = SessionInvitation.write(
                method,
                session,
                facts.meetingTitle() + " – " + facts.courseTitle(),
                facts.preparationTitle(),
                organizer,
                new SessionInvitation.Party(to.displayName(), to.email()),
                clock.instant());
        return new NotificationDispatcher.Notice(
                to,
                kind == SessionMail.INVITATION ? NotificationKind.INVITATION : NotificationKind.SESSION_CHANGE,
                "session:" + session.id() + ":" + to.id() + ":" + session.sequence() + ":" + method + cause,
                content,
                calendar,
                method.name());
    }

    /** A changed or cancelled session also rings the bell; invitations and reminders do not. */
    private static NotificationDispatcher.Notice withInbox(
            long courseId, SessionMail kind, SessionFacts facts, NotificationDispatcher.Notice notice) {
        InboxKind inbox =
                switch (kind) {
                    case UPDATE -> InboxKind.SESSION_CHANGED;
                    case CANCELLATION -> InboxKind.SESSION_CANCELLED;
                    default -> null;
                };
        if (inbox == null) {
            return notice;
        }
        return notice.withInbox(new InboxNote(
                inbox,
                List.of(facts.meetingTitle(), facts.courseTitle(), facts.date().toString()),
                "cursussen/" + courseId + "/rooster",
                courseId));
    }

    private static SessionFacts facts(
            CourseDetails details, CourseDetails.@Nullable Meeting meeting, SessionView session) {
        String place = session.room().isBlank() ? session.location() : session.location() + ", " + session.room();
        return new SessionFacts(
                details.summary().title(),
                meeting == null ? session.meetingPosition() : meeting.position(),
                meeting == null ? session.meetingTitle() : meeting.title(),
                meeting == null ? "" : meeting.theme(),
                meeting == null ? "" : meeting.preparationTitle(),
                meeting == null ? "" : meeting.preparationInstructions(),
                session.date(),
                session.start(),
                session.end(),
                place);
    }

    private static Set<Long> trainers(CourseAccess access) {
        Set<Long> trainers = new HashSet<>();
        trainers.add(access.trainerId());
        if (access.coTrainerId() != null) {
            trainers.add(access.coTrainerId());
        }
        return trainers;
    }

    private SessionInvitation.Party organizer() {
        String from = settings.from();
        int open = from.indexOf('<');
        if (open >= 0 && from.endsWith(">")) {
            return new SessionInvitation.Party(
                    from.substring(0, open).strip(),
                    from.substring(open + 1, from.length() - 1).strip());
        }
        return new SessionInvitation.Party("Pendel", from.strip());
    }
}
