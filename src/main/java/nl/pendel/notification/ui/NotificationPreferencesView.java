package nl.pendel.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
 * Invitations and changes to one's own sessions always come at once; the page says so. Opened
 * from the inbox ({@link InboxView}), which took over its menu entry and its old path.
 */
@Route("meldingen/instellingen")
@PermitAll
class NotificationPreferencesView extends Div implements TranslatedTitle {

    NotificationPreferencesView(NotificationPreferences preferences) {
        addClassName("page");
        addClassName("narrow");
        add(new Paragraph(getTranslation("notification.intro")));
        Map<NotificationKind, Delivery> mine = preferences.mine();
        Div card = new Div();
        card.addClassNames("card", "preferences");
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.configurable()) {
                card.add(choice(preferences, kind, mine.getOrDefault(kind, Delivery.IMMEDIATE)));
            }
        }
        Paragraph fixed = new Paragraph(getTranslation("notification.fixed"));
        fixed.addClassName("muted");
        card.add(fixed);
        add(card);
    }

    private RadioButtonGroup<Delivery> choice(
            NotificationPreferences preferences, NotificationKind kind, Delivery current) {
        RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(getTranslation(kind.translationKey()));
        choice.setItems(Delivery.values());
        choice.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        choice.setValue(current);
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
        return choice;
    }

    @Override
    public String titleKey() {
        return "inbox.settings.title";
    }
}
