package nl.pendel.security;

/**
 * The accounts that single sign-on signs in (implemented by the account module, so that security
 * does not depend on it).
 */
public interface SingleSignOnAccounts {

    /**
     * The Pendel person for the provider's account: the one linked to it before, else the one with
     * its verified e-mail address (linked now), else a new one where the configuration allows;
     * with the roles and team from the claims where the configuration says so.
     *
     * @throws SingleSignOnRefused when no active person with a role can be found or made
     */
    PendelUser signIn(SingleSignOnIdentity identity);
}
