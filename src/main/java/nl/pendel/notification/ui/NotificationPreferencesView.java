package nl.pendel.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import nl.pendel.notification.Delivery;
import nl.pendel.notification.NotificationKind;
import nl.pendel.notification.NotificationPreferences;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;

/**
 * Everyone chooses per kind of notification: at once, in a daily digest, or not at all.
 * Invitations and changes to one's own sessions always come at once; the page says so.
 */
@Route("meldingen")
@Menu(title = "menu.notifications", order = 88, icon = "vaadin:bell-o")
@PermitAll
class NotificationPreferencesView extends Div implements TranslatedTitle {

    NotificationPreferencesView(NotificationPreferences preferences) {
        addClassName("page");
        addClassName("narrow");
        add(new Paragraph(getTranslation("notification.intro")));
        Map<NotificationKind, Delivery> mine = preferences.mine();
        Div card = new Div();
        card.addClassName("card");
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind == NotificationKind.DIGEST) {
                continue;
            }
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(getTranslation(kind.translationKey()));
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
            if (kind.configurable()) {
                choice.setValue(mine.getOrDefault(kind, Delivery.IMMEDIATE));
                choice.addValueChangeListener(change -> {
                    if (!change.isFromClient() || change.getValue() == null) {
                        return;
                    }
                    try {
                        preferences.change(kind, change.getValue());
                        Notifications.success(this, "saved");
                    } catch (UserFacingException e) {
                        Notifications.error(this, e);
                        choice.setValue(change.getOldValue());
                    }
                });
            } else {
                choice.setValue(Delivery.IMMEDIATE);
                choice.setReadOnly(true);
                choice.setHelperText(getTranslation("notification.fixed"));
            }
            card.add(choice);
        }
        add(card);
    }

    @Override
    public String titleKey() {
        return "menu.notifications";
    }
}
