package nl.pendel.security;

import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/** Sign-in refused because of too many failed attempts; says until when. */
public class LoginBlockedException extends AccountStatusException {

    private final Instant blockedUntil;

    LoginBlockedException(Instant blockedUntil) {
        super("Too many failed sign-in attempts");
        this.blockedUntil = blockedUntil;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }
}
