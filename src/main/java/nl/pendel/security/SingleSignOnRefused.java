package nl.pendel.security;

import java.util.Locale;

/** Single sign-on found the provider's account but will not let it into Pendel, and why. */
public class SingleSignOnRefused extends RuntimeException {

    /** Why; each has a message on the login page ({@code login.sso.refused.<code>}). */
    public enum Reason {
        /** The provider gave no e-mail address, or did not say it is verified. */
        NO_VERIFIED_EMAIL,
        /** No Pendel person has this address, and the configuration does not create people. */
        UNKNOWN_PERSON,
        /** The Pendel person with this address is linked to another account at the provider. */
        LINKED_TO_ANOTHER_ACCOUNT,
        /** The person is deactivated or erased. */
        INACTIVE,
        /** The person has no role in Pendel (none set, or none the claims give). */
        NO_ROLE,
        /** The provider's name or address cannot be stored (too long, or not one line). */
        UNUSABLE_CLAIMS;

        /** The code on the login page and in the log. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public SingleSignOnRefused(Reason reason) {
        super("single sign-on refused: " + reason.code());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
