package nl.pendel.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What single sign-on does with the provider's account ({@code pendel.sso.*}; the providers
 * themselves are Spring Boot's {@code spring.security.oauth2.client.*}, see
 * docs/single-sign-on.md).
 *
 * @param createPeople whether a verified address that no Pendel person has makes a new person
 *     (with the roles from the claims); otherwise it is refused
 * @param roles where the roles come from: {@code pendel} keeps them as set in Pendel; {@code claims}
 *     sets them at every sign-in from the groups in {@code rolesClaim}
 * @param rolesClaim the claim of the ID token (or user info) that lists the person's groups
 * @param groupRoles which group gives which role, e.g. {@code pendel.sso.group-roles.pendel-trainers=TRAINER}
 * @param teamClaim the claim that holds the name of the person's team (its name in Pendel), or
 *     empty when the team stays as set in Pendel
 */
@ConfigurationProperties("pendel.sso")
public record SingleSignOnSettings(
        @DefaultValue("false") boolean createPeople,
        @DefaultValue("pendel") RoleSource roles,
        @DefaultValue("groups") String rolesClaim,
        @Nullable Map<String, Role> groupRoles,
        @Nullable String teamClaim) {

    /** Where a single sign-on person's roles come from. */
    public enum RoleSource {
        PENDEL,
        CLAIMS
    }

    /** Which group gives which role (none configured: an empty map). */
    public Map<String, Role> groupRoles() {
        return groupRoles == null ? Map.of() : groupRoles;
    }
}
