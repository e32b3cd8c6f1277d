package nl.pendel.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a signed-in session (and every page it has open) ends: the person is gone or inactive,
 * holds other roles or another team than when they signed in, or a password was set for them since
 * (a higher session generation) — except in the session where they set it themselves, which
 * remembers the new generation ({@link #GENERATION_ATTRIBUTE}).
 */
final class SessionValidity {

    /** The session attribute holding the generation a session took over when it changed the password. */
    static final String GENERATION_ATTRIBUTE = SessionValidity.class.getName() + ".generation";

    private SessionValidity() {}

    /**
     * @param signedIn who signed in, as the session remembers them
     * @param keptGeneration the session's {@link #GENERATION_ATTRIBUTE}, if any
     * @param now the account now, or null when it no longer exists
     */
    static boolean stillValid(PendelUser signedIn, @Nullable Object keptGeneration, @Nullable PendelUser now) {
        if (now == null
                || now.personId() != signedIn.personId()
                || !now.isEnabled()
                || !now.roles().equals(signedIn.roles())
                || !Objects.equals(now.teamId(), signedIn.teamId())) {
            return false;
        }
        long generation = keptGeneration instanceof Long kept ? kept : signedIn.sessionGeneration();
        return generation == PendelUser.GENERATION_UNKNOWN
                || now.sessionGeneration() == PendelUser.GENERATION_UNKNOWN
                || now.sessionGeneration() <= generation;
    }
}
