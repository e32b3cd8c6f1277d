package nl.pendel.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox as administrators see it. */
public record OutboxEntry(
        long id,
        String recipient,
        NotificationKind kind,
        String subject,
        MailStatus status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        boolean withCalendar) {}
