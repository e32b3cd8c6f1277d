/**
 * Notifications by e-mail. Other modules publish events (a course published, sessions added,
 * moved or cancelled); this module decides who gets what, in their language and by their
 * preferences, and writes each mail to a transactional outbox in the same transaction as the
 * change. A background sender delivers the outbox with retries and backoff; no other module
 * talks to SMTP.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package nl.pendel.notification;
