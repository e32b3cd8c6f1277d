package nl.pendel.account;

import java.util.Set;
import nl.pendel.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person as views and other modules see them; never carries the password hash.
 * {@code canSignIn}: the person has a password in Pendel or is linked to their account at the
 * single sign-on provider.
 */
public record PersonSummary(
        long id,
        String email,
        String displayName,
        @Nullable Discipline discipline,
        @Nullable Long organisationId,
        @Nullable String registerNumber,
        @Nullable Long teamId,
        Set<Role> roles,
        boolean active,
        boolean canSignIn,
        String locale,
        long version) {}
