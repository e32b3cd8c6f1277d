package nl.pendel.notification;

/**
 * What an item in a person's inbox (the bell) is about; each has a fixed text in the bundles,
 * filled with the names stored with the item. Announcements, messages and look-backs are for the
 * features that will send them.
 *
 * @see <a href="../../../../../docs/decisions/0013-notifications-in-the-app.md">decision 0013</a>
 */
public enum InboxKind {
    HOMEWORK_FEEDBACK,
    PLAN_COMMENT,
    SESSION_CHANGED,
    SESSION_CANCELLED,
    ANNOUNCEMENT,
    MESSAGE,
    LOOK_BACK;

    /** The item's text, with {0}, {1} ... for its names. */
    public String translationKey() {
        return "inbox.kind." + name();
    }
}
