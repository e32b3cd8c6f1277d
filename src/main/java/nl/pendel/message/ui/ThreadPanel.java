package nl.pendel.message.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import nl.pendel.message.Announcement;
import nl.pendel.message.MessageService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** One thread under an announcement, oldest first, with a field to write in it. */
class ThreadPanel extends Div {

    ThreadPanel(String title, Announcement.@Nullable Thread thread, DateTimeFormatter when, Consumer<String> send) {
        addClassName("message-thread");
        getStyle().set("margin-top", "1.25em");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", title);
        add(new H4(title));
        if (thread != null) {
            UnorderedList lines = new UnorderedList();
            lines.getStyle().set("list-style", "none").set("padding-left", "0");
            for (Announcement.Line line : thread.lines()) {
                Span who = new Span(line.author() + " · " + when.format(line.createdAt()));
                who.addClassName("muted");
                Div text = new Div();
                text.addClassName("preformatted");
                text.setText(line.body());
                ListItem item = new ListItem(who, text);
                item.getStyle().set("margin-bottom", "0.5em");
                lines.add(item);
            }
            add(lines);
        }
        TextArea write = new TextArea(getTranslation("message.reply.label"));
        write.setWidthFull();
        write.setMaxLength(MessageService.BODY_MAX);
        add(write, MessagesView.primary(getTranslation("message.reply.send"), () -> {
            try {
                send.accept(write.getValue());
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
        }));
    }
}
