package nl.pendel.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who the identity provider says signed in, as far as Pendel uses it.
 *
 * @param ssoKey the SHA-256 (hex) of the provider's issuer and the person's subject there: the
 *     stable key of the person's account at the provider, stored instead of the subject itself
 * @param email the e-mail address the provider gives, or null
 * @param emailVerified whether the provider says the address is verified
 * @param displayName the name the provider gives, or null
 * @param roles the roles the provider's claims give, or null when the roles stay as set in Pendel
 * @param teamName the team the provider's claims give, or null when the team stays as set in Pendel
 * @param provider the name of the provider's registration in Pendel (for the log)
 */
public record SingleSignOnIdentity(
        String ssoKey,
        @Nullable String email,
        boolean emailVerified,
        @Nullable String displayName,
        @Nullable Set<Role> roles,
        @Nullable String teamName,
        String provider) {}
