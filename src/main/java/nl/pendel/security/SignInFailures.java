package nl.pendel.security;

import nl.pendel.security.internal.ThrottleTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with the sign-in throttle: forget an account's failures once its
 * owner has proved who they are another way (a password chosen through a link mailed to them), so
 * that the owner's first sign-in after a reset does not meet the wait strangers caused.
 */
@Component
public class SignInFailures {

    private final ThrottleTable table;

    SignInFailures(ThrottleTable table) {
        this.table = table;
    }

    /** Forgets the failures counted on this person's account (not those of any address). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetAccount(long personId) {
        table.forgetFailures(LoginAttemptLimiter.accountKey("", personId));
    }
}
