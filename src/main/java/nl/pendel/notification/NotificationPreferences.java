package nl.pendel.notification;

import java.util.Map;
import nl.pendel.notification.internal.PreferenceStore;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's choices per kind of notification: at once, daily digest, or off. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    private final PreferenceStore store;
    private final CurrentUser currentUser;

    NotificationPreferences(PreferenceStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** The choice for every kind a person may choose for. */
    public Map<NotificationKind, Delivery> mine() {
        return store.of(currentUser.require().personId());
    }

    /** Refused for invitations and changes to one's own sessions, which always go out at once. */
    @Transactional
    public void change(NotificationKind kind, Delivery delivery) {
        if (!kind.configurable()) {
            throw new UserFacingException("notification.error.fixed");
        }
        store.set(currentUser.require().personId(), kind, delivery);
    }
}
