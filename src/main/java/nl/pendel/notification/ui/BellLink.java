package nl.pendel.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import nl.pendel.notification.InboxService;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the navigation bar: a link to the inbox with the number of unread items, counted
 * again (one statement) at each navigation and when items are read in this tab. Its accessible
 * name says the count: "Meldingen, 3 ongelezen".
 */
final class BellLink extends RouterLink implements AfterNavigationObserver {

    private final InboxService inbox;
    private final Span badge = new Span();
    private @Nullable Registration changes;

    BellLink(InboxService inbox) {
        super(InboxView.class);
        this.inbox = inbox;
        addClassName("bell");
        var icon = VaadinIcon.BELL_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        badge.addClassName("bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(icon, badge);
        badge.setVisible(false);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        changes = ComponentUtil.addListener(event.getUI(), InboxChanged.class, changed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }

    void refresh() {
        int unread = inbox.unread();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        getElement()
                .setAttribute(
                        "aria-label",
                        unread == 0 ? getTranslation("inbox.bell.none") : getTranslation("inbox.bell.unread", unread));
        getElement().setAttribute("title", getElement().getAttribute("aria-label"));
    }
}
