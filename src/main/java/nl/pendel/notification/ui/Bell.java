package nl.pendel.notification.ui;

import com.vaadin.flow.component.Component;
import nl.pendel.notification.InboxService;
import nl.pendel.shared.ui.NavbarItem;

/** Puts the bell into the main layout's navigation bar (decision 0013). */
@org.springframework.stereotype.Component
class Bell implements NavbarItem {

    private final InboxService inbox;

    Bell(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public Component create() {
        return new BellLink(inbox);
    }
}
