package nl.pendel.notification;

/**
 * Where a mail in the outbox stands. {@code KEPT}: recorded but deliberately not sent (the
 * embedded demo default), readable by administrators.
 */
public enum MailStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    KEPT;

    public String translationKey() {
        return "outbox.status." + name();
    }
}
