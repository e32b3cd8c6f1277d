package nl.pendel.notification.internal;

import java.util.List;
import nl.pendel.account.PersonService;
import nl.pendel.message.AnnouncementPosted;
import nl.pendel.message.MessageNotice;
import nl.pendel.message.MessageService;
import nl.pendel.message.ReplyPosted;
import nl.pendel.notification.InboxKind;
import nl.pendel.notification.NotificationKind;
import nl.pendel.security.SystemAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An announcement reaches its addressees (and the course's other trainer), a message in a thread
 * the other side of it, by the bell and by mail as each chose for announcements and messages;
 * written inside the transaction that stored the text (decision 0018).
 */
@Component
class MessageNotifier {

    private final MessageService messages;
    private final PersonService people;
    private final MailComposer composer;
    private final NotificationDispatcher dispatcher;

    MessageNotifier(
            MessageService messages, PersonService people, MailComposer composer, NotificationDispatcher dispatcher) {
        this.messages = messages;
        this.people = people;
        this.composer = composer;
        this.dispatcher = dispatcher;
    }

    @EventListener
    void on(AnnouncementPosted event) {
        SystemAuthentication.runAsAdministrator(() -> {
            return notify(messages.announcementNotice(event.announcementId()), InboxKind.ANNOUNCEMENT);
        });
    }

    @EventListener
    void on(ReplyPosted event) {
        SystemAuthentication.runAsAdministrator(() -> {
            return notify(messages.replyNotice(event.replyId()), InboxKind.MESSAGE);
        });
    }

    private int notify(MessageNotice notice, InboxKind kind) {
        String link = composer.link(notice.target());
        InboxNote note = new InboxNote(kind, List.of(notice.courseTitle()), notice.target(), notice.courseId());
        return dispatcher.dispatch(people.contacts(notice.recipients()).stream()
                .map(to -> new NotificationDispatcher.Notice(
                        to,
                        NotificationKind.MESSAGE,
                        notice.dedupeKey() + "-" + to.id(),
                        composer.message(to.locale(), to.displayName(), notice, link),
                        null,
                        null,
                        note))
                .toList());
    }
}
