package nl.pendel.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonContact;
import nl.pendel.account.PersonService;
import nl.pendel.homework.FeedbackNotice;
import nl.pendel.homework.HomeworkFeedbackGiven;
import nl.pendel.homework.HomeworkReminder;
import nl.pendel.homework.HomeworkReminderService;
import nl.pendel.notification.InboxKind;
import nl.pendel.notification.NotificationKind;
import nl.pendel.security.SystemAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework notifications: a participant hears of a trainer's reply on their homework (inside the
 * transaction that stored the reply), and those who have not handed in get the reminder the
 * trainer set, a number of days before their own deadline — once per person, meeting and day.
 */
@Component
public class HomeworkNotifier {

    private final HomeworkReminderService homework;
    private final PersonService people;
    private final MailComposer composer;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    public HomeworkNotifier(
            HomeworkReminderService homework,
            PersonService people,
            MailComposer composer,
            NotificationDispatcher dispatcher,
            Clock clock) {
        this.homework = homework;
        this.people = people;
        this.composer = composer;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @EventListener
    void on(HomeworkFeedbackGiven event) {
        SystemAuthentication.runAsAdministrator(() -> {
            FeedbackNotice notice = homework.feedbackNotice(event.courseId(), event.meetingId(), event.feedbackId());
            String target = "huiswerk/" + event.courseId() + "/" + event.meetingId();
            String link = composer.link(target);
            InboxNote note = new InboxNote(
                    InboxKind.HOMEWORK_FEEDBACK,
                    List.of(notice.meetingTitle(), notice.courseTitle()),
                    target,
                    event.courseId());
            List<NotificationDispatcher.Notice> notices = people.contacts(List.of(event.personId())).stream()
                    .map(to -> new NotificationDispatcher.Notice(
                            to,
                            NotificationKind.HOMEWORK_FEEDBACK,
                            "homework-feedback-" + event.feedbackId() + "-" + to.id(),
                            composer.homeworkFeedback(to.locale(), to.displayName(), notice, link),
                            null,
                            null,
                            note))
                    .toList();
            return dispatcher.dispatch(notices);
        });
    }

    /** Writes today's homework reminders to the outbox; answers how many mails went out now. */
    @Transactional
    public int planDue() {
        LocalDate today = LocalDate.now(clock);
        return SystemAuthentication.runAsAdministrator(() -> {
            List<HomeworkReminder> due = homework.remindersDue(today);
            Map<Long, PersonContact> contacts =
                    people
                            .contacts(due.stream()
                                    .map(HomeworkReminder::personId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(PersonContact::id, Function.identity()));
            List<NotificationDispatcher.Notice> notices = new ArrayList<>();
            for (HomeworkReminder reminder : due) {
                PersonContact to = contacts.get(reminder.personId());
                if (to == null) {
                    continue;
                }
                String link = composer.link("huiswerk/" + reminder.courseId() + "/" + reminder.meetingId());
                notices.add(new NotificationDispatcher.Notice(
                        to,
                        NotificationKind.HOMEWORK_REMINDER,
                        "homework-reminder-" + reminder.meetingId() + "-" + to.id() + "-" + today,
                        composer.homeworkReminder(to.locale(), to.displayName(), reminder, link),
                        null,
                        null));
            }
            return dispatcher.dispatch(notices);
        });
    }
}
