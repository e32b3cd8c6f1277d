package nl.pendel.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import nl.pendel.course.CoursePage;
import nl.pendel.message.Announcement;
import nl.pendel.message.MessageService;
import nl.pendel.message.MessagesPage;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.springframework.security.access.AccessDeniedException;

/**
 * The course's announcements, newest first. A trainer of the course writes a new one on top and
 * reads every participant's thread; a participant reads what is for them and answers the
 * trainers in their own thread; the team lead reads the course-wide ones. Every text is shown as
 * text (escaped), its line breaks kept.
 */
@Route("cursussen/:courseId/berichten")
@PermitAll
class MessagesView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final MessageService messages;
    private final CurrentUser currentUser;
    private final DateTimeFormatter when;
    private long courseId;

    MessagesView(MessageService messages, CurrentUser currentUser, Clock clock) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale()).withZone(clock.getZone());
        addClassName("page");
        addClassName("messages");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            courseId = event.getRouteParameters().getLong("courseId").orElse(-1L);
            show(messages.page(courseId));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String titleKey() {
        return "message.title";
    }

    private void show(MessagesPage page) {
        CoursePage course = CoursePage.of(page.access(), currentUser.require());
        removeAll();
        add(new H2(page.courseTitle()), new CourseTabs(courseId, CourseTabs.Tab.MESSAGES, course.attendance()));
        if (page.canAnnounce()) {
            add(new AnnouncementForm(page, draft -> {
                messages.announce(courseId, draft);
                Notifications.success(this, "message.sent");
                show(messages.page(courseId));
            }));
        }
        add(new H3(getTranslation("message.list")));
        if (page.announcements().isEmpty()) {
            add(new Paragraph(getTranslation(page.canAnnounce() ? "message.none.trainer" : "message.none")));
        }
        long me = currentUser.require().personId();
        for (Announcement announcement : page.announcements()) {
            add(item(page, announcement, me));
        }
    }

    private Div item(MessagesPage page, Announcement announcement, long me) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("announcement");
        card.getElement().setAttribute("role", "article");
        H3 subject = new H3(announcement.subject());
        Paragraph meta = new Paragraph(getTranslation(
                "message.meta", announcement.author(), to(announcement), when.format(announcement.createdAt())));
        meta.addClassName("muted");
        Div body = new Div();
        body.addClassName("preformatted");
        body.setText(announcement.body());
        card.add(subject, meta, body);
        if (page.canAnnounce()) {
            if (announcement.threads().isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("message.threads.none"));
                none.addClassName("muted");
                card.add(none);
            }
            for (Announcement.Thread thread : announcement.threads()) {
                card.add(new ThreadPanel(
                        getTranslation("message.thread.with", thread.participant()),
                        thread,
                        when,
                        text -> send(() -> messages.answer(announcement.id(), thread.participantId(), text))));
            }
        } else if (page.canReply()) {
            Announcement.Thread mine = announcement.threadOf(me);
            card.add(new ThreadPanel(
                    getTranslation("message.thread.mine"),
                    mine,
                    when,
                    text -> send(() -> messages.reply(announcement.id(), text))));
        }
        return card;
    }

    private String to(Announcement announcement) {
        return switch (announcement.audience()) {
            case COURSE -> getTranslation("message.to.course");
            case SUBGROUP -> getTranslation("message.to.subgroup", announcement.to());
            case PERSON -> getTranslation("message.to.person", announcement.to());
        };
    }

    /** Writes a message in a thread, then shows the page again (refusals stay in the field). */
    private void send(Runnable write) {
        write.run();
        Notifications.success(this, "message.reply.sent");
        show(messages.page(courseId));
    }

    static Button primary(String text, Runnable click) {
        Button button = new Button(text, e -> click.run());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }
}
