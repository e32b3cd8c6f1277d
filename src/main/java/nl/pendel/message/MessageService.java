package nl.pendel.message;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.message.internal.MessageReads;
import nl.pendel.message.internal.MessageReads.AnnouncementRow;
import nl.pendel.message.internal.MessageReads.ReplyRow;
import nl.pendel.message.internal.MessageStore;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.security.Roles;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements of a course and the threads under them. The course's trainers write to the course,
 * a subgroup or a participant and read every thread; a participant reads what is addressed to
 * them (the course, their subgroup, themselves) and writes only in their own thread, which goes to
 * the trainers; the lead of the course's team (and an administrator) reads the course-wide
 * announcements. Subject and text pass the resident-identifier check; a refusal stores nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MessageService {

    public static final int SUBJECT_MAX = 150;
    public static final int BODY_MAX = 4000;

    private final MessageReads reads;
    private final MessageStore store;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(
            MessageReads reads,
            MessageStore store,
            CourseService courses,
            SubgroupService subgroups,
            PersonService people,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reads = reads;
        this.store = store;
        this.courses = courses;
        this.subgroups = subgroups;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The "Berichten" tab of a course, for whoever may see the course. */
    public MessagesPage page(long courseId) {
        CourseAccess course = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        String title = courses.summary(courseId).title();
        boolean trainer = isTrainer(course, user);
        boolean participant = course.participantIds().contains(user.personId());
        List<AnnouncementRow> rows;
        if (trainer) {
            rows = reads.ofCourse(courseId);
        } else if (participant) {
            rows = reads.forParticipant(
                    courseId,
                    user.personId(),
                    subgroups.subgroupOf(courseId, user.personId()).orElse(null));
        } else {
            rows = reads.courseWide(courseId);
        }
        // the subgroups' numbers: for the trainer's form, and to name the subgroup an announcement is for
        List<CourseSubgroup> groups = trainer || rows.stream().anyMatch(r -> r.audience() == Audience.SUBGROUP)
                ? subgroups.ofCourse(courseId)
                : List.of();
        List<ReplyRow> replies = trainer || participant
                ? reads.replies(rows.stream().map(AnnouncementRow::id).toList(), trainer ? null : user.personId())
                : List.of();
        Set<Long> ids = new HashSet<>(trainer ? course.participantIds() : Set.of());
        rows.forEach(r -> {
            ids.add(r.authorId());
            if (r.personId() != null) {
                ids.add(r.personId());
            }
        });
        replies.forEach(r -> {
            ids.add(r.authorId());
            ids.add(r.participantId());
        });
        Map<Long, String> names = names(ids);
        Map<Long, Integer> numbers =
                groups.stream().collect(Collectors.toMap(CourseSubgroup::id, CourseSubgroup::number));
        List<Announcement> announcements = rows.stream()
                .map(r -> Announcements.of(r, course, names, numbers, replies))
                .toList();
        return new MessagesPage(
                course,
                title,
                trainer,
                participant && !trainer,
                announcements,
                trainer
                        ? groups.stream()
                                .map(g -> new MessagesPage.Addressee(g.id(), String.valueOf(g.number())))
                                .toList()
                        : List.of(),
                trainer
                        ? course.participantIds().stream()
                                .map(id -> new MessagesPage.Addressee(id, names.getOrDefault(id, "?")))
                                .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
                                .toList()
                        : List.of());
    }

    /** Posts an announcement (the course's trainers only); its addressees are told. */
    @Transactional
    public long announce(long courseId, AnnouncementDraft draft) {
        CourseAccess course = courses.requireView(courseId);
        PendelUser user = currentUser.requireCurrent();
        if (!isTrainer(course, user)) {
            throw new AccessDeniedException("Only the course's trainers write announcements");
        }
        String subject =
                text(draft.subject(), SUBJECT_MAX, "message.error.subject-empty", "message.error.subject-too-long");
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new UserFacingException("message.error.subject-one-line");
        }
        String body = text(draft.body(), BODY_MAX, "message.error.body-empty", "message.error.body-too-long");
        Long subgroupId = null;
        Long personId = null;
        switch (draft.audience()) {
            case COURSE -> {}
            case SUBGROUP -> {
                subgroupId = draft.subgroupId();
                Long wanted = subgroupId;
                if (wanted == null || subgroups.ofCourse(courseId).stream().noneMatch(g -> g.id() == wanted)) {
                    throw new UserFacingException("message.error.subgroup");
                }
            }
            case PERSON -> {
                personId = draft.personId();
                if (personId == null || !course.participantIds().contains(personId)) {
                    throw new UserFacingException("message.error.person");
                }
            }
        }
        StorableText.checkAll(List.of(subject, body));
        long id = store.announce(
                courseId, user.personId(), draft.audience(), subgroupId, personId, subject, body, clock.instant());
        events.publishEvent(new AnnouncementPosted(id));
        return id;
    }

    /** A participant's answer to the trainers, in their own thread under an announcement to them. */
    @Transactional
    public long reply(long announcementId, @Nullable String text) {
        AnnouncementRow row = announcement(announcementId);
        CourseAccess course = courses.requireView(row.courseId());
        PendelUser user = currentUser.requireCurrent();
        if (!course.participantIds().contains(user.personId()) || !addressedTo(row, user.personId())) {
            throw new AccessDeniedException("Only an addressee of the announcement replies to it");
        }
        return write(row, user.personId(), user.personId(), text);
    }

    /** A trainer's answer in one participant's thread (an addressee of the announcement). */
    @Transactional
    public long answer(long announcementId, long participantId, @Nullable String text) {
        AnnouncementRow row = announcement(announcementId);
        CourseAccess course = courses.requireView(row.courseId());
        PendelUser user = currentUser.requireCurrent();
        if (!isTrainer(course, user)) {
            throw new AccessDeniedException("Only the course's trainers answer in a participant's thread");
        }
        if (!course.participantIds().contains(participantId) || !addressedTo(row, participantId)) {
            throw new UserFacingException("message.error.person");
        }
        return write(row, participantId, user.personId(), text);
    }

    /** What the notification of an announcement says and to whom (the system only). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public MessageNotice announcementNotice(long announcementId) {
        AnnouncementRow row = announcement(announcementId);
        CourseAccess course = courses.requireView(row.courseId());
        Set<Long> to =
                switch (row.audience()) {
                    case COURSE -> new HashSet<>(course.participantIds());
                    case SUBGROUP ->
                        subgroups.ofCourse(row.courseId()).stream()
                                .filter(g -> row.subgroupId() != null && g.id() == row.subgroupId())
                                .flatMap(g -> g.members().stream())
                                .collect(Collectors.toCollection(HashSet::new));
                    case PERSON -> new HashSet<>(Set.of(row.personId()));
                };
        to.addAll(trainers(course));
        to.remove(row.authorId());
        return notice(row, false, row.authorId(), row.body(), "a-" + row.id(), to);
    }

    /** What the notification of a message in a thread says and to whom (the system only). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public MessageNotice replyNotice(long replyId) {
        ReplyRow reply = reads.reply(replyId).orElseThrow(() -> new UserFacingException("error.not-found"));
        AnnouncementRow row = announcement(reply.announcementId());
        CourseAccess course = courses.requireView(row.courseId());
        Set<Long> to = new HashSet<>(trainers(course));
        to.add(reply.participantId());
        to.remove(reply.authorId());
        return notice(row, true, reply.authorId(), reply.body(), "r-" + reply.id(), to);
    }

    // ---- helpers

    private MessageNotice notice(
            AnnouncementRow row, boolean reply, long authorId, String text, String key, Set<Long> to) {
        String title = courses.titles(List.of(row.courseId())).getOrDefault(row.courseId(), "");
        return new MessageNotice(
                row.courseId(),
                title,
                reply,
                names(Set.of(authorId)).getOrDefault(authorId, "?"),
                row.subject(),
                text,
                "cursussen/" + row.courseId() + "/berichten",
                "message-" + key,
                to);
    }

    private long write(AnnouncementRow row, long participantId, long authorId, @Nullable String text) {
        String body = text(text, BODY_MAX, "message.error.body-empty", "message.error.body-too-long");
        StorableText.check(body);
        long id = store.reply(row.id(), participantId, authorId, body, clock.instant());
        events.publishEvent(new ReplyPosted(id));
        return id;
    }

    private boolean addressedTo(AnnouncementRow row, long personId) {
        return switch (row.audience()) {
            case COURSE -> true;
            case SUBGROUP -> {
                Optional<Long> mine = subgroups.subgroupOf(row.courseId(), personId);
                yield mine.isPresent() && mine.get().equals(row.subgroupId());
            }
            case PERSON -> Long.valueOf(personId).equals(row.personId());
        };
    }

    private AnnouncementRow announcement(long id) {
        return reads.announcement(id).orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    private static boolean isTrainer(CourseAccess course, PendelUser user) {
        return user.hasRole(Role.TRAINER) && course.isTrainer(user.personId());
    }

    private static Set<Long> trainers(CourseAccess course) {
        Set<Long> result = new HashSet<>(Set.of(course.trainerId()));
        if (course.coTrainerId() != null) {
            result.add(course.coTrainerId());
        }
        return result;
    }

    private static String text(@Nullable String text, int max, String emptyKey, String longKey) {
        String value = text == null ? "" : text.strip();
        if (Texts.blank(value)) {
            throw new UserFacingException(emptyKey);
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new UserFacingException(longKey, max);
        }
        return value;
    }

    private Map<Long, String> names(Set<Long> ids) {
        return people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }
}
