package nl.pendel.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when items were read, so the bell in the same tab counts again. */
final class InboxChanged extends ComponentEvent<UI> {

    InboxChanged(UI ui) {
        super(ui, false);
    }
}
