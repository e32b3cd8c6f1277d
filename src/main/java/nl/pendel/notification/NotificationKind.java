package nl.pendel.notification;

/**
 * What a notification is about. Invitations and changes to a person's own sessions cannot be
 * switched off; the other kinds follow the person's preference.
 */
public enum NotificationKind {
    INVITATION(false),
    SESSION_CHANGE(false),
    REMINDER(true),
    HOMEWORK_FEEDBACK(true),
    HOMEWORK_REMINDER(true),
    ASSESSMENT_OPEN(true),
    PLAN_COMMENT(true),
    /** An announcement of a course's trainer, or a message in one's thread under it. */
    MESSAGE(true),
    DIGEST(false),
    /** An invitation or reset link to choose a password: always sent, and its link is removed once sent. */
    ACCOUNT(false);

    private final boolean configurable;

    NotificationKind(boolean configurable) {
        this.configurable = configurable;
    }

    /** Whether a person may choose digest or off for this kind. */
    public boolean configurable() {
        return configurable;
    }

    public String translationKey() {
        return "notification.kind." + name();
    }
}
