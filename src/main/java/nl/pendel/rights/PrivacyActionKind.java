package nl.pendel.rights;

/** What was done with a person's data. */
public enum PrivacyActionKind {
    EXPORT,
    ERASURE;

    public String translationKey() {
        return "rights.action." + name();
    }
}
