package nl.pendel.notification.internal;

import nl.pendel.notification.NotificationKind;
import org.jspecify.annotations.Nullable;

/**
 * A mail to write to the outbox.
 *
 * @param dedupeKey the same key is never written twice (e.g. one reminder per session, person
 *     and date)
 * @param calendar an iCalendar scheduling message, or null
 * @param calendarMethod its METHOD (REQUEST, CANCEL), or null
 */
public record OutgoingMail(
        String dedupeKey,
        @Nullable Long personId,
        String recipient,
        NotificationKind kind,
        MailContent content,
        @Nullable String calendar,
        @Nullable String calendarMethod) {}
