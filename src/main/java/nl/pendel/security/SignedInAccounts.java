package nl.pendel.security;

import java.util.Collection;
import java.util.Map;

/**
 * The accounts of signed-in people as they are in the database now, to end the sessions and open
 * pages of those whose account was erased, deactivated or changed (implemented by the account
 * module).
 */
public interface SignedInAccounts {

    /**
     * These people's accounts as they would sign in now, by person id, in one query; a person who
     * no longer exists is missing from the answer.
     */
    Map<Long, PendelUser> current(Collection<Long> personIds);
}
