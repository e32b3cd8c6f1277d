package nl.pendel.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.pendel.notification.InboxItem;
import nl.pendel.notification.InboxService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * The signed-in person's notifications, newest first, a page at a time ("Meer laden"). Opening an
 * item marks it read and goes to what it is about; "Alles gelezen" marks every item read. How
 * notifications arrive is chosen on {@link NotificationPreferencesView}, linked from here.
 */
@Route("meldingen")
@Menu(title = "menu.notifications", order = 87, icon = "vaadin:bell-o")
@PermitAll
class InboxView extends Div implements TranslatedTitle {

    static final int PAGE = 20;

    private final InboxService inbox;
    private final Clock clock;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private final Button allRead = new Button();
    private final Paragraph empty = new Paragraph();
    private int shown;

    InboxView(InboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        addClassNames("page", "narrow", "inbox");
        allRead.setText(getTranslation("inbox.all-read"));
        allRead.addClickListener(click -> markAllRead());
        RouterLink settings = new RouterLink(getTranslation("inbox.settings"), NotificationPreferencesView.class);
        Div actions = new Div(allRead, settings);
        actions.addClassName("inbox-actions");
        list.addClassName("inbox-list");
        empty.setText(getTranslation("inbox.empty"));
        empty.addClassName("muted");
        more.setText(getTranslation("inbox.more"));
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(click -> loadMore());
        add(actions, empty, list, more);
        loadMore();
    }

    private void loadMore() {
        List<InboxItem> page = inbox.page(shown, PAGE);
        page.forEach(item -> list.add(row(item)));
        shown += page.size();
        more.setVisible(page.size() == PAGE && shown < inbox.count());
        empty.setVisible(shown == 0);
        allRead.setEnabled(shown > 0);
    }

    private ListItem row(InboxItem item) {
        Button open = new Button(text(item), click -> open(item));
        open.addThemeVariants(ButtonVariant.TERTIARY);
        open.addClassName("inbox-open");
        Span time = new Span(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale())
                .format(item.createdAt().atZone(clock.getZone())));
        time.addClassName("inbox-time");
        ListItem row = new ListItem(open, time);
        row.addClassName("inbox-item");
        if (!item.read()) {
            row.addClassName("unread");
            Span unread = new Span(getTranslation("inbox.unread"));
            unread.addClassName("inbox-unread");
            row.addComponentAtIndex(0, unread);
        }
        return row;
    }

    private void open(InboxItem item) {
        try {
            String target = inbox.open(item.id());
            getUI().ifPresent(ui -> ui.navigate(target));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void markAllRead() {
        inbox.markAllRead();
        list.removeAll();
        shown = 0;
        loadMore();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new InboxChanged(ui)));
        Notifications.success(this, "inbox.all-read.done");
    }

    /** The kind's fixed text with its names; a date among them in the reader's language. */
    private String text(InboxItem item) {
        Object[] params = item.params().stream().map(this::shown).toArray();
        return getTranslation(item.kind().translationKey(), params);
    }

    private Object shown(String param) {
        if (param.length() == 10 && param.charAt(4) == '-') {
            try {
                return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", getLocale())
                        .format(LocalDate.parse(param));
            } catch (DateTimeParseException e) {
                return param;
            }
        }
        return param;
    }

    @Override
    public String titleKey() {
        return "menu.notifications";
    }
}
