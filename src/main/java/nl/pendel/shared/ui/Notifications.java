package nl.pendel.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.pendel.shared.UserFacingException;

/** Short messages after an action, read out by screen readers (Vaadin notifications are live regions). */
public final class Notifications {

    private Notifications() {}

    public static void success(Component source, String key, Object... args) {
        Notification n = Notification.show(source.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(Component source, UserFacingException e) {
        error(source, e.messageKey(), e.arguments());
    }

    public static void error(Component source, String key, Object... args) {
        Notification n = Notification.show(source.getTranslation(key, args), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
