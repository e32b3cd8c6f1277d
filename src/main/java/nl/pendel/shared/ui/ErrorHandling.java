package nl.pendel.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the user sees when something goes wrong in an event handler: a clear message in their
 * language, never a stack trace. Unexpected errors are logged with a reference the user can quote.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            Throwable cause = rootUserFacing(error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui == null) {
                log.error("Error outside a UI", error.getThrowable());
                return;
            }
            String message;
            if (cause instanceof UserFacingException userFacing) {
                message = ui.getTranslation(userFacing.messageKey(), userFacing.arguments());
            } else if (cause instanceof ObjectOptimisticLockingFailureException) {
                message = ui.getTranslation(new EditConflictException().messageKey());
            } else if (cause instanceof AccessDeniedException) {
                log.warn("Access denied: {}", cause.getMessage(), error.getThrowable());
                message = ui.getTranslation("error.access-denied");
            } else if (nl.pendel.shared.DatabaseErrors.conflict(error.getThrowable())) {
                log.info(
                        "Transaction aborted for a conflict: {}",
                        error.getThrowable().getMessage());
                message = ui.getTranslation("error.database-conflict");
            } else if (nl.pendel.shared.DatabaseErrors.unavailable(error.getThrowable())) {
                log.warn("Database unavailable: {}", error.getThrowable().getMessage());
                message = ui.getTranslation("error.database-unavailable");
            } else {
                String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
                log.error("Unexpected error, reference {}", reference, error.getThrowable());
                message = ui.getTranslation("error.unexpected", reference);
            }
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }));
    }

    private static Throwable rootUserFacing(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException
                    || t instanceof ObjectOptimisticLockingFailureException
                    || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return throwable;
    }
}
