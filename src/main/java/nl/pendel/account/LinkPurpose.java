package nl.pendel.account;

/** Why a link to choose a password was sent. */
public enum LinkPurpose {
    /** An administrator invited the person to open their account. */
    INVITATION,
    /** The person asked for it on "Wachtwoord vergeten?". */
    RESET;

    public String translationKey() {
        return "account-link.purpose." + name();
    }
}
