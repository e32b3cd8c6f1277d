package nl.pendel.notification;

/** How a person wants a kind of notification: at once, in one mail a day, or not at all. */
public enum Delivery {
    IMMEDIATE,
    DIGEST,
    OFF;

    public String translationKey() {
        return "notification.delivery." + name();
    }
}
