package nl.pendel.security;

import java.time.Instant;

/** Lets tests in other packages create the (package-private) blocked-login exception. */
public final class LoginBlockedTestAccess {

    private LoginBlockedTestAccess() {}

    public static LoginBlockedException blockedUntil(Instant until) {
        return new LoginBlockedException(until);
    }
}
